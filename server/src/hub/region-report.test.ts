// Period reports on both engines: the figures are the offices' own day summaries added up, a district
// viewer's report holds only their district, an office that fell sharply against its previous period
// is alerted, and the CSV and Excel files carry the same table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDay, type GeneratedDay } from '../bench/generate-day.js';
import { summarizeDay } from '../reports/day-summary.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { Engines, startTestHub, type Engine, type TestHub } from '../test-support/hub-harness.js';
import type { RegionReport } from './region-report-types.js';
import { migrate } from './migrations.js';
import { addViewer } from './viewers.js';

const D1 = '2026-03-02';
const D2 = '2026-03-03';
const start = (day: string) => Date.parse(`${day}T09:00:00+05:00`);
const almalyD1 = generateDay(DEMO_OFFICE, D1, start(D1), 60, true);
const almalyD2 = generateDay(DEMO_OFFICE, D2, start(D2), 12, true);
const nuraD1 = generateDay(DEMO_OFFICE, D1, start(D1), 30, true);
const legal = DEMO_OFFICE.sectors[0];
// Today, still open: period reports count closed days only.
const open = generateDay(DEMO_OFFICE, '2026-03-04', start('2026-03-04'), 9, false);

const summaryOf = (g: GeneratedDay, day: string) =>
  summarizeDay(day, Object.values(g.state.tickets), g.state.config, { until: g.state.closedAt ?? 0 }).office;

const engines = new Engines();
afterAll(() => engines.destroy());

describe.each<Engine>(['postgres', 'pglite'])('region period report on %s', (engine) => {
  let hub: TestHub;
  let region: string;
  let nuraViewer: string;
  let officeKey: string;

  async function send(key: string, g: GeneratedDay, day: string) {
    for (let i = 0; i < g.entries.length; i += 300) {
      const entries = g.entries.slice(i, i + 300).map((entry) => ({ day, seq: entry.seq, entry }));
      expect((await hub.post('/api/hub/entries', { entries }, key)).status).toBe(200);
    }
  }

  const get = async (query: string, key = region) => {
    const res = await fetch(`${hub.url}/api/region/report?${query}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    return { status: res.status, res };
  };
  const report = async (query: string, key = region) =>
    (await (await get(query, key)).res.json()) as RegionReport;

  beforeAll(async () => {
    hub = await startTestHub(await engines.open(engine));
    officeKey = await hub.office('almaly', 'almaty');
    const nuraKey = await hub.office('nura', 'karaganda');
    await send(officeKey, almalyD1, D1);
    await send(officeKey, almalyD2, D2);
    await send(officeKey, open, '2026-03-04');
    await send(nuraKey, nuraD1, D1);
    region = await addViewer(hub.db, { id: 'akim', name: 'Облыс', district: null }, 0);
    nuraViewer = await addViewer(hub.db, { id: 'nura-akim', name: 'Нұра', district: 'karaganda' }, 0);
  }, 180_000);
  afterAll(() => hub?.close());

  it("adds up the offices' own day summaries: visits, outcomes, no-shows, waits within the norm", async () => {
    const r = await report(`from=${D1}&to=2026-03-04&by=office`);
    const almaly = [summaryOf(almalyD1, D1), summaryOf(almalyD2, D2)];
    const row = r.rows.find((x) => x.key === 'almaly');
    const sum = (f: (s: (typeof almaly)[number]) => number) => almaly.reduce((a, s) => a + f(s), 0);
    expect(row?.figures).toMatchObject({
      visits: sum((s) => s.arrived),
      served: sum((s) => s.served),
      noShows: sum((s) => s.noShow),
      outcomes: {
        solved: sum((s) => s.outcomes.solved),
        consulted: sum((s) => s.outcomes.consulted),
        in_progress: sum((s) => s.outcomes.in_progress),
        redirected: sum((s) => s.outcomes.redirected),
      },
      waits: sum((s) => s.wait.count),
    });
    const over = sum((s) => s.overTarget) / sum((s) => s.wait.count);
    expect(row?.figures.withinNormPct).toBeCloseTo(100 - 100 * over, 0);
    expect(row?.figures.visits).toBe(72); // the open day's 9 are not in it
    expect(r.total.visits).toBe(72 + summaryOf(nuraD1, D1).arrived);
    expect(r.rows.map((x) => x.rank.visits).sort()).toEqual([1, 2]);
  });

  it("cuts a district viewer's report to their district, whatever they group by", async () => {
    const r = await report(`from=${D1}&to=${D2}&by=office`, nuraViewer);
    expect(r.district).toBe('karaganda');
    expect(r.rows.map((x) => x.key)).toEqual(['nura']);
    expect(r.total.visits).toBe(30);
    expect(r.alerts).toEqual([]);
    const byDistrict = await report(`from=${D1}&to=${D2}&by=district`, nuraViewer);
    expect(byDistrict.rows.map((x) => x.key)).toEqual(['karaganda']);
    const bySector = await report(`from=${D1}&to=${D2}&by=sector`, nuraViewer);
    expect(bySector.total.visits).toBe(30);
    const sectorVisits = bySector.rows.reduce((a, x) => a + x.figures.visits, 0);
    expect(sectorVisits).toBeGreaterThanOrEqual(30); // a transferred visitor is a visit in both sectors
  });

  it('compares each office with its previous period of the same length and alerts a sharp drop', async () => {
    const r = await report(`from=${D2}&to=${D2}`);
    expect(r.previous).toEqual({ from: D1, to: D1 });
    const almaly = r.rows.find((x) => x.key === 'almaly');
    expect(almaly?.previous?.visits).toBe(60);
    expect(almaly?.change?.visitsPct).toBe(-80);
    expect(r.alerts.filter((a) => a.measure === 'visits')).toEqual([
      {
        officeId: 'almaly',
        name: 'Office almaly',
        district: 'almaty',
        measure: 'visits',
        now: 12,
        before: 60,
        changePct: -80,
      },
      {
        officeId: 'nura',
        name: 'Office nura',
        district: 'karaganda',
        measure: 'visits',
        now: 0,
        before: 30,
        changePct: -100,
      },
    ]);
    const lenient = await report(`from=${D2}&to=${D2}&drop=90`);
    expect(lenient.alerts.filter((a) => a.measure === 'visits').map((a) => a.officeId)).toEqual(['nura']);
  });

  it('reads a whole month from the month rollups with the same figures as from its days', async () => {
    const figures = (r: RegionReport) => ({ total: r.total, rows: r.rows.map((x) => [x.key, x.figures]) });
    for (const by of ['office', 'district', 'sector']) {
      const month = await report(`from=2026-03-01&to=2026-03-31&by=${by}`);
      const days = await report(`from=${D1}&to=2026-03-04&by=${by}`);
      expect(figures(month)).toEqual(figures(days));
    }
    // February and March whole, the last days of January loose: the previous period of March is.
    const wide = await report('from=2026-01-20&to=2026-03-31');
    expect(wide.total.visits).toBe(102);
  });

  it('groups by sector under the names the offices gave them', async () => {
    const r = await report(`from=${D1}&to=${D2}&by=sector`);
    const row = r.rows.find((x) => x.key === legal?.id);
    expect(row?.names).toEqual(legal?.names);
    expect(row?.figures.visits).toBeGreaterThan(0);
  });

  it('writes CSV with semicolons and decimal commas for kk and ru, commas when asked, and Excel', async () => {
    // text() would drop the BOM that Excel on Windows needs to read Kazakh letters.
    const bytes = Buffer.from(await (await get(`from=${D1}&to=${D2}&format=csv&lang=ru`)).res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ru = bytes.toString('utf8').slice(1);
    expect(ru.startsWith('"Отчёт за период: 2026-03-02 — 2026-03-03"')).toBe(true);
    const header = ru.split('\r\n').find((l) => l.startsWith('"Место"'));
    expect(header?.split(';')).toContain('"Посетители"');
    const total = ru.split('\r\n').find((l) => l.startsWith(';"Всего"'));
    expect(total?.split(';')[3]).toBe(String(72 + 30));
    const almalyLine = ru.split('\r\n').find((l) => l.includes('"Office almaly"'));
    expect(almalyLine).toMatch(/;\d+,\d;/); // the share within the norm, with a decimal comma
    const comma = await (await get(`from=${D1}&to=${D2}&format=csv&lang=ru&sep=comma`)).res.text();
    expect(comma.split('\r\n').find((l) => l.startsWith(',"Всего"'))).toBeDefined();
    const xlsx = await get(`from=${D1}&to=${D2}&format=xlsx&lang=kk`);
    expect(xlsx.res.headers.get('content-type')).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.res.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).getCell(4).value).toBe('Келушілер');
    expect(sheet?.getRow(sheet.rowCount).getCell(4).value).toBe(102);
  });

  it('migration 4 rolls up the day summaries stored before it, as ingest does', async () => {
    const before = await report(`from=${D1}&to=${D2}&by=sector`);
    await hub.db.exec(
      `DROP TABLE region_rollups, region_month_rollups, region_sector_names; DELETE FROM hub_migrations WHERE version = 4`,
    );
    expect(await migrate(hub.db)).toEqual([4]);
    const after = await report(`from=${D1}&to=${D2}&by=sector`);
    expect({ ...after, generatedAt: 0 }).toEqual({ ...before, generatedAt: 0 });
  });

  it('refuses without a viewer key, with an office key, and periods that are inside out or over a year', async () => {
    expect((await fetch(`${hub.url}/api/region/report?from=${D1}&to=${D2}`)).status).toBe(401);
    expect((await get(`from=${D1}&to=${D2}`, officeKey)).status).toBe(401);
    for (const q of [
      `from=${D2}&to=${D1}`,
      'from=2025-01-01&to=2026-03-01',
      `from=2026-02-30&to=${D2}`,
      `from=${D1}&to=${D2}&by=desk`,
      `from=${D1}&to=${D2}&drop=0`,
    ]) {
      const { status, res } = await get(q);
      expect({ q, status, body: await res.json() }).toEqual({
        q,
        status: 400,
        body: { error: 'invalid_payload' },
      });
    }
  });
});
