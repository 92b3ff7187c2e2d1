// How the server process itself is doing, for /api/health: memory and event-loop delay. The delay
// histogram is reset at every read, so a monitor polling health sees the p99 since its previous poll.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

export function runtimeStats(): { eventLoopDelayP99Ms: number; rssMB: number } {
  const p99 = loopDelay.count > 0 ? loopDelay.percentile(99) / 1e6 : 0;
  loopDelay.reset();
  return {
    eventLoopDelayP99Ms: Math.round(p99 * 10) / 10,
    rssMB: Math.round((process.memoryUsage.rss() / 1024 / 1024) * 10) / 10,
  };
}
