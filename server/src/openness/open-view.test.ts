// The public figures over a scripted day on a real server: they equal the head's report for the same
// period, and nothing personal (names, phones, IINs, ticket codes) reaches the public answer.
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenView, ReportView } from '@kezek/shared';
import { DEMO_PASSWORDS } from '../settings/demo-office.js';
import { expectOk, rid, send, startHarness, type Client, type Harness } from '../test-support/harness.js';

let h: Harness;
afterEach(async () => h?.close());

const START = Date.parse('2026-12-01T05:00:00Z'); // 10:00 in Asia/Almaty, a Tuesday
const MIN = 60_000;

async function scriptedDay(advance: (ms: number) => void): Promise<{ codes: string[] }> {
  const kiosk = await h.device('kiosk');
  const codes: string[] = [];
  const issue = async (sectorId: string, lang: 'kk' | 'ru' | 'en') => {
    const t = expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId, lang }));
    codes.push(t.code);
    return t;
  };
  const first = await issue('legal', 'kk');
  await issue('legal', 'ru');
  for (let i = 0; i < 3; i++) await issue('civil-registry', 'kk');
  await issue('applications', 'en');
  const desk = async (who: Client, deskId: string, action: 'call' | 'start', extra = {}) =>
    expectOk(
      await send(who, action === 'call' ? 'desk:call-next' : 'desk:start', {
        requestId: rid(),
        deskId,
        ...extra,
      }),
    );
  const finish = async (
    who: Client,
    deskId: string,
    outcome: 'solved' | 'consulted' | 'in_progress' | 'redirected',
  ) => expectOk(await send(who, 'desk:finish', { requestId: rid(), deskId, outcome }));

  const op1 = await h.staff('op1');
  expectOk(await send(op1, 'desk:open', { requestId: rid(), deskId: 'desk-1' }));
  advance(5 * MIN);
  await desk(op1, 'desk-1', 'call');
  await desk(op1, 'desk-1', 'start');
  await finish(op1, 'desk-1', 'solved');
  advance(20 * MIN);
  await desk(op1, 'desk-1', 'call');
  await desk(op1, 'desk-1', 'start');
  expectOk(
    await send(op1, 'desk:transfer', { requestId: rid(), deskId: 'desk-1', toSectorId: 'applications' }),
  );

  const op3 = await h.staff('op3');
  expectOk(await send(op3, 'desk:open', { requestId: rid(), deskId: 'desk-3' }));
  await desk(op3, 'desk-3', 'call');
  await desk(op3, 'desk-3', 'start');
  await finish(op3, 'desk-3', 'consulted');
  await desk(op3, 'desk-3', 'call');
  advance(2 * MIN);
  expectOk(await send(op3, 'desk:no-show', { requestId: rid(), deskId: 'desk-3' }));
  await desk(op3, 'desk-3', 'call');
  await desk(op3, 'desk-3', 'start');
  await finish(op3, 'desk-3', 'in_progress');

  const op5 = await h.staff('op5');
  expectOk(await send(op5, 'desk:open', { requestId: rid(), deskId: 'desk-5' }));
  for (const outcome of ['redirected', 'solved'] as const) {
    await desk(op5, 'desk-5', 'call');
    await desk(op5, 'desk-5', 'start');
    await finish(op5, 'desk-5', outcome);
  }
  // A visitor who writes their phone and IIN into the rating comment.
  const rated = await fetch(`${h.url}/api/tickets/${first.code}/rating`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ stars: 4, comment: 'Рақмет! +7 701 123 4567, ЖСН 900101300123' }),
  });
  expect(rated.status).toBe(200);
  return { codes };
}

async function headToken(): Promise<string> {
  const socket = await h.client();
  return expectOk(await send(socket, 'auth:login', { username: 'head', password: DEMO_PASSWORDS.head }))
    .token;
}

describe('the public figures', () => {
  it("equal the head's report for today, this week and this month over a scripted day", async () => {
    let now = START;
    h = await startHarness({ clock: () => now });
    await scriptedDay((ms) => (now += ms));
    now += 10_000; // past the public cache, so the answer includes the last rating
    const open = (await (await fetch(`${h.url}/api/open`)).json()) as OpenView;
    const auth = { authorization: `Bearer ${await headToken()}` };
    const report = async (from: string, to: string) =>
      (await (
        await fetch(`${h.url}/api/reports/range?from=${from}&to=${to}`, { headers: auth })
      ).json()) as ReportView;

    const day = await report('2026-12-01', '2026-12-01');
    expect(open.today.total).toEqual({
      received: day.total.arrived,
      served: day.total.served,
      servedPct: day.total.servedPct,
      medianWaitMin: Math.round((day.total.wait.medianSec ?? 0) / 6) / 10,
      withinNormPct: Math.round((100 - (day.total.overTargetPct ?? 0)) * 10) / 10,
      outcomes: day.total.outcomes,
      ratingAvg: day.total.ratingAvg,
      ratingCount: day.total.ratingCount,
    });
    // What the script did, counted by hand: six visitors (the transferred one once), five served.
    expect(open.today.total).toMatchObject({
      received: 6,
      served: 5,
      outcomes: { solved: 2, consulted: 1, in_progress: 1, redirected: 1 },
      ratingCount: 1,
      ratingAvg: 4,
    });
    for (const sector of open.today.sectors) {
      const row = day.sectors.find((r) => r.key === sector.id);
      expect(sector.received, sector.id).toBe(row?.arrived ?? 0);
      expect(sector.served, sector.id).toBe(row?.served ?? 0);
    }
    expect(open.week.from).toBe('2026-11-30');
    expect(open.week.total.received).toBe((await report('2026-11-30', '2026-12-01')).total.arrived);
    expect(open.month.from).toBe('2026-12-01');
    expect(open.last30.at(-1)).toMatchObject({ day: '2026-12-01', received: 6, served: 5 });
    expect(open.last30).toHaveLength(30);
    expect(open.queues.find((q) => q.id === 'legal')).toMatchObject({ waiting: 0, desksOpen: 1 });
  });

  it('show no names, phones, IINs or ticket codes, unless the head publishes the names', async () => {
    let now = START;
    h = await startHarness({ clock: () => now });
    const { codes } = await scriptedDay((ms) => (now += ms));
    now += 10_000;
    const text = await (await fetch(`${h.url}/api/open`)).text();
    const people = h.settings.data.users.flatMap((u) => [u.name, u.username]);
    for (const secret of [...people, ...codes]) expect(text, secret).not.toContain(secret);
    for (const personal of ['900101300123', '701 123 4567', 'Рақмет']) expect(text).not.toContain(personal);

    await h.settings.update((s) => void (s.content.openness = { hallZone: true, showNames: true }));
    now += 10_000;
    const named = (await (await fetch(`${h.url}/api/open`)).json()) as OpenView;
    expect(named.today.specialists?.map((p) => p.name).sort()).toEqual(['Айгерім', 'Гүлнар', 'Әсем'].sort());
  });

  it('computes the figures once per interval however many phones ask at once', async () => {
    let now = START;
    h = await startHarness({ clock: () => now });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => fetch(`${h.url}/api/open`).then((r) => r.json())),
    );
    const stamps = new Set(answers.map((a) => (a as OpenView).generatedAt));
    expect(stamps.size).toBe(1);
    now += 6000;
    const later = (await (await fetch(`${h.url}/api/open`)).json()) as OpenView;
    expect(later.generatedAt).toBe(now);
  });
});
