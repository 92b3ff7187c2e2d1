// A stranger's login flood beside the office day: unauthenticated sockets from one address guessing
// specialists' passwords, each sending its next guess as soon as the last is answered (at most 20 a
// second per socket, so the flood measures the server, not the bench's own busy loop).
import { connect, type BenchSocket } from './clients.js';
import { sleep } from './stats.js';

export const FLOOD_SOCKETS = 50;
const MIN_GAP_MS = 50;

export interface FloodResult {
  attempts: number;
  /** Answers by outcome: `bad_credentials`, `rate_limited`, `timeout`, … */
  answers: Record<string, number>;
  /** Sockets the server refused to open (the per-address cap). */
  refusedSockets: number;
}

export interface Flood {
  stop(): Promise<FloodResult>;
}

export async function startLoginFlood(url: string, sockets = FLOOD_SOCKETS): Promise<Flood> {
  const result: FloodResult = { attempts: 0, answers: {}, refusedSockets: 0 };
  const opened = await Promise.all(
    Array.from({ length: sockets }, () =>
      connect(url, null, false).catch(() => {
        result.refusedSockets++;
        return null;
      }),
    ),
  );
  let running = true;
  const guess = async (socket: BenchSocket, n: number) => {
    for (let i = 0; running && socket.connected; i++) {
      const sent = performance.now();
      const answer = (await socket
        .timeout(10_000)
        .emitWithAck('auth:login', { username: `op${(n % 60) + 1}`, password: `guess-${n}-${i}` })
        .catch(() => ({ ok: false, error: 'timeout' }))) as { ok: boolean; error?: string };
      result.attempts++;
      const key = answer.ok ? 'signed_in' : (answer.error ?? 'unknown');
      result.answers[key] = (result.answers[key] ?? 0) + 1;
      await sleep(Math.max(0, MIN_GAP_MS - (performance.now() - sent)));
    }
  };
  const loops = opened.flatMap((s, n) => (s ? [guess(s, n)] : []));
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      for (const s of opened) s?.disconnect();
      return result;
    },
  };
}
