// Durable commands per second: every kiosk issues back to back and every specialist pauses and resumes
// their free desk back to back (one request in flight each), while the whole hall stays connected and
// hears every change. Each ack means "on disk". Numbers run out at 9,999 a sector, so a kiosk whose
// sectors are full stops issuing instead of spinning on refusals (which would measure the refusal path).
import { requestId, type BenchSocket } from './clients.js';

interface Answer {
  ok: boolean;
  error?: string;
}

export interface Saturation {
  opsPerSec: number;
  /** Commands acknowledged as durable. */
  done: number;
  refused: Record<string, number>;
}

const SECTORS = 'abcdefgh';

export async function saturate(
  kiosks: readonly BenchSocket[],
  operators: readonly BenchSocket[],
  durationMs: number,
): Promise<Saturation> {
  let done = 0;
  const refused: Record<string, number> = {};
  const t0 = performance.now();
  const running = () => performance.now() - t0 < durationMs;
  const send = async (socket: BenchSocket, event: string, payload: object): Promise<Answer> => {
    const r = (await socket
      .timeout(30_000)
      .emitWithAck(event, { requestId: requestId('sat'), ...payload })
      .catch(() => ({ ok: false, error: 'timeout' }))) as Answer;
    if (r.ok) done++;
    else refused[r.error ?? '?'] = (refused[r.error ?? '?'] ?? 0) + 1;
    return r;
  };
  const issuing = async (kiosk: BenchSocket, n: number) => {
    const full = new Set<string>();
    for (let i = n; running() && full.size < SECTORS.length; i++) {
      const sectorId = `s${SECTORS[i % SECTORS.length]}`;
      if (full.has(sectorId)) continue;
      const r = await send(kiosk, 'ticket:issue', { sectorId, lang: 'ru' });
      if (!r.ok && r.error === 'daily_limit_reached') full.add(sectorId);
    }
  };
  const pausing = async (op: BenchSocket, n: number) => {
    const deskId = `desk-${n + 1}`;
    await send(op, 'desk:return', { deskId });
    while (running()) {
      const paused = await send(op, 'desk:pause', { deskId, reason: 'paperwork' });
      if (!paused.ok) return;
      await send(op, 'desk:resume', { deskId });
    }
  };
  await Promise.all([...kiosks.map(issuing), ...operators.map(pausing)]);
  return { opsPerSec: done / ((performance.now() - t0) / 1000), done, refused };
}
