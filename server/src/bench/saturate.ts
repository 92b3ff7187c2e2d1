// Durable commands per second: every kiosk issues back to back (one request in flight each) while
// the whole hall stays connected and hears every change. Each ack means "on disk".
import { requestId, type BenchSocket } from './clients.js';

export async function saturate(
  kiosks: readonly BenchSocket[],
  durationMs: number,
): Promise<{ opsPerSec: number; refused: number }> {
  let done = 0;
  let refused = 0;
  const t0 = performance.now();
  const loop = async (kiosk: BenchSocket, n: number) => {
    while (performance.now() - t0 < durationMs) {
      const sectorId = `s${'abcdefgh'[n % 8]}`;
      const r = (await kiosk
        .timeout(30_000)
        .emitWithAck('ticket:issue', {
          requestId: requestId('sat'),
          sectorId,
          lang: 'ru',
        })
        .catch(() => ({ ok: false }))) as { ok: boolean };
      if (r.ok) done++;
      else refused++;
    }
  };
  await Promise.all(kiosks.map((k, i) => loop(k, i)));
  return { opsPerSec: done / ((performance.now() - t0) / 1000), refused };
}
