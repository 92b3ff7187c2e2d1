// Phones in the hall polling the public page's figures (/api/open) while the office works: each phone
// asks once a second, many more times than the page itself does (every 15 s), so the cost shows.
import { Agent, get } from 'node:http';
import { sleep } from './stats.js';

export interface PhonesResult {
  requests: number;
  failed: number;
  /** Each answer's time, ms. */
  ms: number[];
}

export function pollPhones(url: string, phones: number, everyMs = 1000): { stop(): Promise<PhonesResult> } {
  const { hostname, port } = new URL(url);
  // One connection a phone, kept alive, as a phone's browser does.
  const agent = new Agent({ keepAlive: true, maxSockets: phones });
  const r: PhonesResult = { requests: 0, failed: 0, ms: [] };
  let running = true;
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = get({ hostname, port, path: '/api/open', agent }, (res) => {
        res.resume();
        res.on('end', () => {
          r.requests++;
          if (res.statusCode === 200) r.ms.push(performance.now() - started);
          else r.failed++;
          resolve();
        });
      });
      req.on('error', () => {
        r.failed++;
        resolve();
      });
    });
  const phone = async () => {
    await sleep(Math.random() * everyMs);
    while (running) {
      const started = performance.now();
      await once();
      await sleep(Math.max(0, everyMs - (performance.now() - started)));
    }
  };
  const all = Promise.all(Array.from({ length: phones }, phone));
  return {
    async stop() {
      running = false;
      await all;
      agent.destroy();
      return r;
    },
  };
}
