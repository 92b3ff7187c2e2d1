import { describe, expect, it } from 'vitest';
import { bigCentre } from '../bench/big-centre.js';
import { generateDay } from '../bench/generate-day.js';
import { packCells, unpackCells } from './cell-rows.js';
import { summarizeDay } from './day-summary.js';

describe('cells as rows', () => {
  it('come back exactly as they went in, in half the bytes', () => {
    const { config } = bigCentre();
    const start = Date.parse('2026-03-02T04:00:00Z');
    const tickets = Object.values(generateDay(config, '2026-03-02', start, 400, true).state.tickets);
    const cells = summarizeDay('2026-03-02', tickets, config).cells ?? [];
    expect(cells.length).toBeGreaterThan(50);
    const rows = packCells(cells);
    expect(unpackCells(JSON.parse(JSON.stringify(rows)) as typeof rows)).toEqual(cells);
    expect(JSON.stringify(rows).length).toBeLessThan(JSON.stringify(cells).length / 1.8);
  });
});
