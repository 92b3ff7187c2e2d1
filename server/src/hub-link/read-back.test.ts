// The forwarder's read-back gives the same window in the built server's worker thread as in process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDay } from '../bench/generate-day.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { readBackHere, type ReadBackRequest, type ReadBackResult } from './read-back.js';

const day = generateDay(DEMO_OFFICE, '2026-03-02', Date.parse('2026-03-02T04:00:00Z'), 50, true);
const dir = mkdtempSync(join(tmpdir(), 'kezek-read-back-'));
const file = join(dir, 'journal.ndjson');
// A torn last line, as a power cut leaves it: never part of the window.
writeFileSync(file, day.entries.map((e) => JSON.stringify(e) + '\n').join('') + '{"seq":99999,"at"');

describe('read-back', () => {
  const request: ReadBackRequest = {
    paths: [join(dir, 'missing.ndjson'), file],
    after: 10,
    upTo: 60,
    max: 25,
  };

  it('returns the entries after the acknowledged one, up to the durable one and the window size', async () => {
    const { window, last } = await readBackHere(request);
    expect(window.map((e) => e.seq)).toEqual(Array.from({ length: 25 }, (_, i) => 11 + i));
    expect(window).toEqual(JSON.parse(JSON.stringify(day.entries.slice(10, 35))));
    expect(last).toBe(day.entries.length);
  });

  it('gives the same answer from the built worker thread', async () => {
    // npm test builds first; the worker exists only in server/dist.
    const built = (await import(new URL('../../dist/hub-link/read-back.js', import.meta.url).href)) as {
      readBack(r: ReadBackRequest): Promise<ReadBackResult>;
    };
    expect(await built.readBack(request)).toEqual(await readBackHere(request));
  });
});
