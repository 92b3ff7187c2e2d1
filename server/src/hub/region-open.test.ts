// The region's public page on both engines: no login, offices ranked by the share served within the
// norm or by visits, the same figures as the period report, and nothing that names or points at a
// person even when the offices' tickets carry names, phone numbers and IINs in their notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '@kezek/shared';
import { generateDay, type GeneratedDay } from '../bench/generate-day.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { Engines, startTestHub, type Engine, type TestHub } from '../test-support/hub-harness.js';
import type { RegionOpenView } from './region-open.js';
import type { RegionReport } from './region-report-types.js';
import { addViewer } from './viewers.js';

const D1 = '2026-03-02';
const D2 = '2026-03-03';
const NOW = Date.parse('2026-03-04T12:00:00+05:00');
const PERSON = 'Серікова Айгүл';
const PHONE = '+7 701 555 12 34';
const IIN = '900101300123';
const NOTE = `${PERSON}, ${PHONE}, ИИН ${IIN}`;

/** A closed day whose every ticket carries a note with a person's name, phone and IIN. */
function dayWithNotes(day: string, visitors: number): GeneratedDay {
  const g = generateDay(DEMO_OFFICE, day, Date.parse(`${day}T09:00:00+05:00`), visitors, true);
  for (const entry of g.entries) {
    for (const e of entry.events as DomainEvent[]) {
      // A specialist's note at the end of a visit replaces the ticket's, so every note says it.
      if (e.type === 'ticket:issued') e.ticket.note = NOTE;
      if ('note' in e) Object.assign(e, { note: NOTE });
    }
  }
  return g;
}

const engines = new Engines();
afterAll(() => engines.destroy());

describe.each<Engine>(['postgres', 'pglite'])('region public page on %s', (engine) => {
  let hub: TestHub;
  let viewer: string;
  const sent: GeneratedDay[] = [];

  async function send(key: string, g: GeneratedDay, day: string) {
    sent.push(g);
    for (let i = 0; i < g.entries.length; i += 300) {
      const entries = g.entries.slice(i, i + 300).map((entry) => ({ day, seq: entry.seq, entry }));
      expect((await hub.post('/api/hub/entries', { entries }, key)).status).toBe(200);
    }
  }

  beforeAll(async () => {
    hub = await startTestHub(await engines.open(engine), { clock: () => NOW });
    const almaly = await hub.office('almaly', 'almaty');
    const nura = await hub.office('nura', 'karaganda');
    await send(almaly, dayWithNotes(D1, 50), D1);
    await send(nura, dayWithNotes(D2, 20), D2);
    viewer = await addViewer(hub.db, { id: 'akim', name: 'Облыс', district: null }, 0);
  }, 180_000);
  afterAll(() => hub?.close());

  const open = async (query: string) => {
    const res = await fetch(`${hub.url}/api/open/region?${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as RegionOpenView;
  };

  it('ranks every office over the last closed days without a key, as the period report counts them', async () => {
    const view = await open('period=week');
    expect({ from: view.from, to: view.to }).toEqual({ from: '2026-02-25', to: D2 });
    const res = await fetch(`${hub.url}/api/region/report?from=${view.from}&to=${view.to}&by=office`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    const report = (await res.json()) as RegionReport;
    for (const o of view.offices) {
      const row = report.rows.find((r) => r.label === o.name);
      expect({ name: o.name, visits: o.visits, norm: o.withinNormPct, served: o.served }).toEqual({
        name: row?.label,
        visits: row?.figures.visits,
        norm: row?.figures.withinNormPct,
        served: row?.figures.served,
      });
    }
    expect(view.total.visits).toBe(report.total.visits);
    expect(view.total.visits).toBe(70);
    const byVisits = await open('period=week&sort=visits');
    expect(byVisits.offices.map((o) => [o.rank, o.name])).toEqual([
      [1, 'Office almaly'],
      [2, 'Office nura'],
    ]);
  });

  it('holds no names, phone numbers, IINs, specialists, desks or ticket numbers', async () => {
    // The hub's own copy does hold them: the page must leave them out, not merely never receive them.
    const [held] = await hub.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM tickets WHERE data->>'note' LIKE $1`,
      [`%${IIN}%`],
    );
    expect(held?.n).toBeGreaterThanOrEqual(70);
    const tickets = sent.flatMap((g) => Object.values(g.state.tickets));
    const forbidden = [
      PERSON,
      'Айгүл',
      IIN,
      ...new Set(tickets.flatMap((t) => [t.operatorId, t.deskId, t.number, t.id])),
    ].filter((s): s is string => typeof s === 'string' && s.length > 0);
    for (const lang of ['kk', 'ru', 'en']) {
      for (const query of [`period=week&lang=${lang}`, `period=year&sort=visits&lang=${lang}`]) {
        const json = JSON.stringify(await open(query));
        const html = await (await fetch(`${hub.url}/open?${query}`)).text();
        for (const text of [json, html]) {
          for (const f of forbidden)
            expect(text.includes(`"${f}"`) || text.includes(`>${f}<`), f).toBe(false);
          expect(text).not.toContain(PERSON);
          expect(text).not.toMatch(/\b\d{12}\b/); // an IIN
          expect(text).not.toMatch(/\+7[\s-]?\d{3}/); // a phone number
        }
      }
    }
  });

  it('serves the page in kk, ru and en with the period and order as links, Kazakh by default', async () => {
    const kk = await (await fetch(`${hub.url}/open`)).text();
    expect(kk).toContain('<html lang="kk">');
    expect(kk).toContain('Аймақтың кеңселері: біздің жұмысымыз ашық');
    expect(kk).toContain('href="/open?lang=ru&amp;period=month&amp;sort=norm"');
    const ru = await (await fetch(`${hub.url}/open?lang=ru&period=year&sort=visits`)).text();
    expect(ru).toContain('Офисы региона: наша работа открыта');
    expect(ru).toMatch(/<li data-rank="1">[\s\S]*Office almaly/);
    const odd = await fetch(`${hub.url}/open?lang=xx&period=decade&sort=<script>`);
    expect(odd.status).toBe(200);
    expect(await odd.text()).toContain('<html lang="kk">');
  });
});
