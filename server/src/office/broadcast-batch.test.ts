import { describe, expect, it } from 'vitest';
import type { CallView, HallChanged, HallView, SectorLive } from '@kezek/shared';
import { BroadcastBatch } from './broadcast-batch.js';

const hall = (rev: number, waiting: number): HallView => ({
  rev,
  day: '2026-03-02',
  now: rev,
  sectors: [{ id: 'a', waiting } as SectorLive],
  desks: [],
});
const call = (number: string) => ({ number }) as CallView;
const tick = () => new Promise((r) => setImmediate(r));

describe('BroadcastBatch', () => {
  it('sends the changes of one turn of the event loop as one broadcast, with every call in order', async () => {
    const sent: HallChanged[] = [];
    const batch = new BroadcastBatch(hall(3, 0), (c) => sent.push(c));
    batch.add(hall(4, 1), [call('A001')]);
    batch.add(hall(5, 2), []);
    batch.add(hall(6, 3), [call('A002'), call('B001')]);
    await tick();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ since: 3, hall: { rev: 6, sectors: [{ waiting: 3 }] } });
    expect(sent[0]?.calls.map((c) => c.number)).toEqual(['A001', 'A002', 'B001']);

    batch.add(hall(7, 3), []);
    await tick();
    expect(sent[1]).toMatchObject({ since: 6, hall: { rev: 7, sectors: [] } });
  });

  it('starts again from a snapshot, sending first what was pending before it', async () => {
    const sent: HallChanged[] = [];
    const batch = new BroadcastBatch(hall(1, 0), (c) => sent.push(c));
    batch.add(hall(2, 1), []);
    batch.reset(hall(2, 1));
    batch.add(hall(3, 2), []);
    await tick();
    expect(sent.map((c) => [c.since, c.hall.rev])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('under a flood faster than its pace, merges later changes into one broadcast and loses no call', async () => {
    const sent: HallChanged[] = [];
    const batch = new BroadcastBatch(hall(0, 0), (c) => sent.push(c), { perSecond: 5, burst: 1 });
    batch.add(hall(1, 1), [call('A001')]);
    await tick();
    for (let rev = 2; rev <= 6; rev++) {
      batch.add(hall(rev, rev), [call(`A00${rev}`)]);
      await tick();
    }
    expect(sent).toHaveLength(1); // the rest waits for the pace
    await new Promise((r) => setTimeout(r, 300));
    expect(sent.map((c) => [c.since, c.hall.rev])).toEqual([
      [0, 1],
      [1, 6],
    ]);
    expect(sent.flatMap((c) => c.calls.map((x) => x.number))).toEqual([
      'A001',
      'A002',
      'A003',
      'A004',
      'A005',
      'A006',
    ]);
  });
});
