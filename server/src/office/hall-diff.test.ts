import { describe, expect, it } from 'vitest';
import type { DeskLive, HallView, SectorLive } from '@kezek/shared';
import { mergeHall } from '@kezek/shared';
import { HallDiff } from './hall-diff.js';

const sector = (id: string, waiting: number) => ({ id, waiting }) as SectorLive;
const desk = (id: string, status: DeskLive['status']) => ({ id, status }) as DeskLive;
const hall = (rev: number, sectors: SectorLive[], desks: DeskLive[]): HallView => ({
  rev,
  day: '2026-03-02',
  now: rev,
  sectors,
  desks,
});

describe('HallDiff', () => {
  it('sends only the sectors and desks that changed, and a client merging the patches has the full hall', () => {
    const diff = new HallDiff();
    const start = hall(1, [sector('a', 0), sector('b', 0)], [desk('d1', 'closed'), desk('d2', 'closed')]);
    diff.reset(start);
    const next = hall(2, [sector('a', 1), sector('b', 0)], [desk('d1', 'open'), desk('d2', 'closed')]);
    const patch = diff.patch(next);
    expect(patch.sectors.map((s) => s.id)).toEqual(['a']);
    expect(patch.desks.map((d) => d.id)).toEqual(['d1']);
    expect(mergeHall(start, patch)).toEqual(next);
  });

  it('sends nothing for an unchanged hall but still carries the new revision', () => {
    const diff = new HallDiff();
    const h = hall(1, [sector('a', 0)], [desk('d1', 'open')]);
    diff.reset(h);
    const patch = diff.patch({ ...h, rev: 2 });
    expect(patch).toMatchObject({ rev: 2, sectors: [], desks: [] });
  });
});
