// Replays the office day's beat against the bare Socket.IO server with the same 200 clients.
import type { HallChanged } from '@kezek/shared';
import { startChild } from './child.js';
import { connectAll, timed, type BenchSocket } from './clients.js';
import { DisplayWatch } from './display-watch.js';
import type { Beat } from './office-day.js';
import { sleep } from './stats.js';

export interface BareResult {
  callToDisplayMs: number[];
  ackMs: number[];
  missed: number;
}

export async function bareBaseline(
  beats: readonly Beat[],
  captured: HallChanged,
  counts: { kiosks: number; operators: number; displays: number },
): Promise<BareResult> {
  const server = await startChild('bench/bare-server.js', [], {}, /bare listening on (\d+)/);
  const url = `http://127.0.0.1:${server.match[1]}`;
  try {
    const all = await connectAll(
      url,
      new Array<null>(counts.kiosks + counts.operators + counts.displays).fill(null),
      false,
    );
    const kiosks = all.slice(0, counts.kiosks);
    const operators = all.slice(counts.kiosks, counts.kiosks + counts.operators);
    const displays = all.slice(counts.kiosks + counts.operators);
    await (kiosks[0] as BenchSocket).timeout(10_000).emitWithAck('payload', captured);
    const watch = new DisplayWatch(displays);
    const calls: { ticketId: string; sentAt: number }[] = [];
    const ackMs: number[] = [];
    const pending: Promise<unknown>[] = [];
    const t0 = performance.now();
    for (const [n, beat] of beats.entries()) {
      const wait = t0 + beat.at - performance.now();
      if (wait > 1) await sleep(wait);
      const socket = (beat.from === 'kiosk' ? kiosks : operators)[beat.index] as BenchSocket;
      const tag = beat.call ? `bare${n}` : null;
      pending.push(
        timed(socket, 'cmd', tag as never).then((t) => {
          ackMs.push(t.ms);
          if (tag) calls.push({ ticketId: tag, sentAt: t.sentAt });
        }),
      );
    }
    await Promise.all(pending);
    await sleep(500);
    const seen = watch.latencies(calls);
    watch.stop();
    for (const s of all) s.disconnect();
    return { callToDisplayMs: seen.ms, ackMs, missed: seen.missed };
  } finally {
    await server.stop();
  }
}
