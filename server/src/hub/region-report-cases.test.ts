// The case columns of period reports on both engines: cases registered in the period counted as the
// office's case report counts them (answered on time, answered late, open past the deadline), kept
// by the trigger of migration 6 as cases are stored and answered, per office, district and sector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engines, startTestHub, type Engine, type TestHub } from '../test-support/hub-harness.js';
import type { Queryable } from './db.js';
import type { RegionOpenView } from './region-open.js';
import type { RegionReport } from './region-report-types.js';
import { addViewer } from './viewers.js';

const DAY_MS = 86_400_000;
const D1 = '2026-03-02';
const D2 = '2026-03-03';
const at = (day: string) => Date.parse(`${day}T10:00:00+05:00`);
const NOW = at('2026-03-20');

interface CaseRow {
  office: string;
  id: string;
  sector: string;
  on: string;
  dueInDays: number;
  answeredAfterDays?: number;
  status?: 'open' | 'answered' | 'redirected';
}

async function putCase(db: Queryable, c: CaseRow) {
  const registeredAt = at(c.on);
  const dueAt = registeredAt + c.dueInDays * DAY_MS;
  const answeredAt = c.answeredAfterDays === undefined ? null : registeredAt + c.answeredAfterDays * DAY_MS;
  await db.query(
    `INSERT INTO cases (office_id, case_id, number, sector_id, registered_at, registered_on, due_on, due_at,
       status, answered_at, answered_on_time, extended, redirected, data)
     VALUES ($1, $2, $2, $3, $4, $5, $5, $6, $7, $8, $9, false, $10, '{}'::jsonb)
     ON CONFLICT (office_id, case_id) DO UPDATE SET status = EXCLUDED.status, answered_at = EXCLUDED.answered_at,
       answered_on_time = EXCLUDED.answered_on_time, redirected = EXCLUDED.redirected`,
    [
      c.office,
      c.id,
      c.sector,
      registeredAt,
      c.on,
      dueAt,
      c.status ?? (answeredAt === null ? 'open' : 'answered'),
      answeredAt,
      answeredAt === null ? null : answeredAt < dueAt,
      c.status === 'redirected',
    ],
  );
}

const engines = new Engines();
afterAll(() => engines.destroy());

describe.each<Engine>(['postgres', 'pglite'])('case columns of the period report on %s', (engine) => {
  let hub: TestHub;
  let viewer: string;
  const report = async (query: string) =>
    (await (
      await fetch(`${hub.url}/api/region/report?${query}`, { headers: { authorization: `Bearer ${viewer}` } })
    ).json()) as RegionReport;

  beforeAll(async () => {
    hub = await startTestHub(await engines.open(engine), { clock: () => NOW });
    await hub.office('almaly', 'almaty');
    await hub.office('nura', 'karaganda');
    viewer = await addViewer(hub.db, { id: 'akim', name: 'Облыс', district: null }, 0);
    const cases: CaseRow[] = [
      { office: 'almaly', id: 'a1', sector: 'legal', on: D1, dueInDays: 21, answeredAfterDays: 3 },
      { office: 'almaly', id: 'a2', sector: 'legal', on: D1, dueInDays: 5, answeredAfterDays: 9 },
      { office: 'almaly', id: 'a3', sector: 'akim', on: D2, dueInDays: 5 }, // open, past its deadline
      { office: 'almaly', id: 'a4', sector: 'akim', on: D2, dueInDays: 40 }, // open, within it
      { office: 'almaly', id: 'a5', sector: 'akim', on: D2, dueInDays: 5, status: 'redirected' },
      { office: 'nura', id: 'n1', sector: 'legal', on: D2, dueInDays: 21, answeredAfterDays: 1 },
      { office: 'nura', id: 'n2', sector: 'legal', on: '2026-02-20', dueInDays: 21, answeredAfterDays: 1 },
    ];
    for (const c of cases) await putCase(hub.db, c);
  }, 120_000);
  afterAll(() => hub?.close());

  it('counts cases registered in the period: on time, late, open past the deadline', async () => {
    const r = await report(`from=${D1}&to=${D2}`);
    const almaly = r.rows.find((x) => x.key === 'almaly')?.figures.cases;
    expect(almaly).toEqual({ registered: 5, answeredOnTime: 1, answeredLate: 1, overdueOpen: 1 });
    expect(r.rows.find((x) => x.key === 'nura')?.figures.cases).toEqual({
      registered: 1,
      answeredOnTime: 1,
      answeredLate: 0,
      overdueOpen: 0,
    });
    expect(r.total.cases).toEqual({ registered: 6, answeredOnTime: 2, answeredLate: 1, overdueOpen: 1 });
    const bySector = await report(`from=${D1}&to=${D2}&by=sector`);
    expect(bySector.rows.find((x) => x.key === 'akim')?.figures.cases).toEqual({
      registered: 3,
      answeredOnTime: 0,
      answeredLate: 0,
      overdueOpen: 1,
    });
    const byDistrict = await report(`from=${D1}&to=${D2}&by=district`);
    expect(byDistrict.rows.find((x) => x.key === 'almaty')?.figures.cases?.registered).toBe(5);
  });

  it('moves a case once when it is answered later, and shows the columns in the CSV', async () => {
    await putCase(hub.db, {
      office: 'almaly',
      id: 'a3',
      sector: 'akim',
      on: D2,
      dueInDays: 5,
      answeredAfterDays: 8,
    });
    await putCase(hub.db, {
      office: 'almaly',
      id: 'a4',
      sector: 'akim',
      on: D2,
      dueInDays: 40,
      answeredAfterDays: 2,
    });
    const r = await report(`from=${D1}&to=${D2}`);
    expect(r.rows.find((x) => x.key === 'almaly')?.figures.cases).toEqual({
      registered: 5,
      answeredOnTime: 2,
      answeredLate: 2,
      overdueOpen: 0,
    });
    const csv = await (
      await fetch(`${hub.url}/api/region/report?from=${D1}&to=${D2}&format=csv&lang=en&sep=semicolon`, {
        headers: { authorization: `Bearer ${viewer}` },
      })
    ).text();
    const header =
      csv
        .split('\r\n')
        .find((l) => l.startsWith('"Rank"'))
        ?.split(';') ?? [];
    const line =
      csv
        .split('\r\n')
        .find((l) => l.includes('"Office almaly"'))
        ?.split(';') ?? [];
    expect(line[header.indexOf('"Cases answered on time"')]).toBe('2');
    expect(line[header.indexOf('"Cases overdue"')]).toBe('2');
  });

  it('ranks the public page by cases answered on time once the hub holds cases', async () => {
    const res = await fetch(`${hub.url}/api/open/region?period=month&sort=cases`);
    const open = (await res.json()) as RegionOpenView;
    expect(open.offices.map((o) => [o.name, o.casesOnTimePct])).toEqual([
      ['Office nura', 100],
      ['Office almaly', 50],
    ]);
    const html = await (await fetch(`${hub.url}/open?lang=en`)).text();
    expect(html).toContain('Cases answered on time');
  });
});
