// /api/reports over real HTTP with the head's session token: who may read it, and the three formats.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportView } from '@kezek/shared';
import { DEMO_PASSWORDS } from '../settings/demo-office.js';
import { expectOk, rid, send, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness;
afterEach(async () => h?.close());

async function tokenOf(username: string): Promise<string> {
  const socket = await h.client();
  const password = username === 'head' ? DEMO_PASSWORDS.head : DEMO_PASSWORDS.operator;
  return expectOk(await send(socket, 'auth:login', { username, password })).token;
}

async function servedDay(): Promise<string> {
  const kiosk = await h.device('kiosk');
  const op = await h.staff('op3');
  for (let i = 0; i < 2; i++) {
    expectOk(
      await send(kiosk, 'ticket:issue', {
        requestId: rid(),
        sectorId: 'civil-registry',
        serviceId: 'birth',
        lang: 'kk',
      }),
    );
  }
  expectOk(await send(op, 'desk:open', { requestId: rid(), deskId: 'desk-3' }));
  expectOk(await send(op, 'desk:call-next', { requestId: rid(), deskId: 'desk-3' }));
  expectOk(await send(op, 'desk:start', { requestId: rid(), deskId: 'desk-3' }));
  expectOk(await send(op, 'desk:finish', { requestId: rid(), deskId: 'desk-3', outcome: 'solved' }));
  return h.app.office.queue.day ?? '';
}

describe('GET /api/reports', () => {
  it('answers 401 without a token and 403 to a specialist', async () => {
    h = await startHarness();
    const url = `${h.url}/api/reports/daily?date=2026-01-01`;
    expect((await fetch(url)).status).toBe(401);
    const op = await tokenOf('op1');
    expect((await fetch(url, { headers: { authorization: `Bearer ${op}` } })).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: 'Bearer nonsense' } })).status).toBe(401);
  });

  it('gives today live as JSON, then the same day from its archive once the head closes it', async () => {
    h = await startHarness();
    const day = await servedDay();
    const auth = { authorization: `Bearer ${await tokenOf('head')}` };
    const live = (await (
      await fetch(`${h.url}/api/reports/daily?date=${day}`, { headers: auth })
    ).json()) as ReportView;
    expect(live.total).toMatchObject({ arrived: 2, served: 1, active: 1 });
    expect(live.operators.filter((o) => o.key !== '~none').map((o) => [o.label, o.served])).toEqual([
      ['Гүлнар', 1],
    ]);

    const head = await h.staff('head');
    expectOk(await send(head, 'day:close', { requestId: rid() }));
    const closed = (await (
      await fetch(`${h.url}/api/reports/range?from=${day}&to=${day}`, { headers: auth })
    ).json()) as ReportView;
    expect(closed.days).toBe(1);
    expect(closed.total).toMatchObject({ arrived: 2, served: 1, unserved: 1, active: 0 });
    expect(
      (await fetch(`${h.url}/api/reports/range?from=${day}&to=2020-01-01`, { headers: auth })).status,
    ).toBe(400);
  });

  it('refuses days the calendar does not have, malformed times and unknown formats with 400', async () => {
    h = await startHarness();
    const auth = { authorization: `Bearer ${await tokenOf('head')}` };
    for (const query of [
      'daily?date=2024-02-30',
      'daily?date=2023-02-29',
      'daily?date=2026-13-01',
      'daily?date=2026-12-01&fromTime=25:00',
      'daily?date=2026-12-01&format=pdf',
      'daily?date=2026-12-01&lang=de',
      'range?from=2024-02-28&to=2024-02-30',
    ]) {
      const res = await fetch(`${h.url}/api/reports/${query}`, { headers: auth });
      expect(res.status, query).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid_payload' });
    }
    expect((await fetch(`${h.url}/api/reports/daily?date=2024-02-29`, { headers: auth })).status).toBe(200);
  });

  it('exports CSV with Kazakh headings and an Excel workbook with the same figures', async () => {
    h = await startHarness();
    const day = await servedDay();
    const auth = { authorization: `Bearer ${await tokenOf('head')}` };
    const csvRes = await fetch(`${h.url}/api/reports/daily?date=${day}&format=csv&lang=kk`, {
      headers: auth,
    });
    expect(csvRes.headers.get('content-type')).toContain('text/csv');
    const csv = await csvRes.text();
    expect(csv).toContain('"Қызмет көрсетілді"');
    expect(csv).toContain('"C · Азаматтық хал актілерін тіркеу";2;0;1');
    const commas = await fetch(`${h.url}/api/reports/daily?date=${day}&format=csv&lang=kk&sep=comma`, {
      headers: auth,
    });
    expect(await commas.text()).toContain('"C · Азаматтық хал актілерін тіркеу",2,0,1');

    const xlsxRes = await fetch(`${h.url}/api/reports/daily?date=${day}&format=xlsx&lang=ru`, {
      headers: auth,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsxRes.arrayBuffer());
    const sheet = book.getWorksheet('По секторам');
    expect(sheet?.getRow(2).getCell(4).value).toBe('Обслужено');
    expect(sheet?.getRow(3).values).toEqual(
      expect.arrayContaining(['C · Регистрация актов гражданского состояния', 2, 1]),
    );
  });
});
