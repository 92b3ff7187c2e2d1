// The case report's Excel and CSV over real HTTP with the head's token: the workbook opens, its sheets
// hold the figures the head's screen shows, and only the head may read it.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseReport, CaseView } from '@kezek/shared';
import { DEMO_PASSWORDS } from '../settings/demo-office.js';
import { expectOk, rid, send, startHarness, type Client, type Harness } from '../test-support/harness.js';

let h: Harness;
afterEach(async () => h?.close());

async function tokenOf(username: string): Promise<string> {
  const socket = await h.client();
  const password = username === 'head' ? DEMO_PASSWORDS.head : DEMO_PASSWORDS.operator;
  return expectOk(await send(socket, 'auth:login', { username, password })).token;
}

/** Two cases in legal: one from a visit finished "in progress" and answered, one appeal still open. */
async function twoCases(): Promise<CaseView> {
  const kiosk = await h.device('kiosk');
  const op = await h.staff('op1');
  const desk = { deskId: 'desk-1' };
  expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' }));
  expectOk(await send(op, 'desk:open', { requestId: rid(), ...desk }));
  expectOk(await send(op, 'desk:call-next', { requestId: rid(), ...desk }));
  expectOk(await send(op, 'desk:start', { requestId: rid(), ...desk }));
  const opened = new Promise<CaseView>((r) => op.once('case:changed', r));
  expectOk(await send(op, 'desk:finish', { requestId: rid(), ...desk, outcome: 'in_progress', note: 'Жер' }));
  const visit = await opened;
  expectOk(
    await send(op, 'case:answer', { requestId: rid(), caseId: visit.id, result: 'solved', text: 'Шешілді' }),
  );
  expectOk(await accept(op));
  return visit;
}

const accept = (op: Client) =>
  send(op, 'case:open', {
    requestId: rid(),
    sectorId: 'legal',
    serviceId: null,
    topic: 'Жол туралы өтініш',
    lang: 'ru',
    contact: { name: 'Dana' },
  });

describe('GET /api/reports/cases', () => {
  it('gives the head an Excel workbook that opens and holds the report’s figures', async () => {
    h = await startHarness();
    const visit = await twoCases();
    const day = visit.registeredOn;
    const auth = { authorization: `Bearer ${await tokenOf('head')}` };
    const url = `${h.url}/api/reports/cases?from=${day}&to=${day}`;

    const res = await fetch(`${url}&format=xlsx&lang=ru`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`kezek-cases-${day}_${day}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Отчёт по обращениям',
      'Направление',
      'Услуга',
      'Специалист',
    ]);
    const total = book.getWorksheet('Отчёт по обращениям');
    expect(total?.getRow(1).getCell(1).value).toBe(`Отчёт по обращениям: ${day} — ${day}`);
    expect(total?.getRow(2).getCell(2).value).toBe('Зарегистрировано');
    expect(total?.getRow(2).getCell(10).value).toBe('Из визитов «в работе»');
    // Registered 2, answered on time 1, late 0, redirected 0, overdue 0, open on time 1, extended 0,
    // median days to answer 0, from visits 1, of those on time 1.
    expect(total?.getRow(3).values).toEqual([undefined, 'Всего', 2, 1, 0, 0, 0, 1, 0, 0, 1, 1]);
    const sectors = book.getWorksheet('Направление');
    expect(sectors?.getRow(3).getCell(1).value).toBe('Юридическая консультация');
    expect(sectors?.getRow(3).getCell(2).value).toBe(2);

    // The JSON is the report the head's screen reads over the socket.
    const json = (await (await fetch(url, { headers: auth })).json()) as CaseReport;
    const head = await h.staff('head');
    const viaSocket = expectOk(await send(head, 'case:report', { from: day, to: day }));
    expect(json.total).toEqual(viaSocket.total);
    const csv = await (await fetch(`${url}&format=csv&lang=en`, { headers: auth })).text();
    expect(csv).toContain('Registered');
  });

  it('answers 401 without a token, 403 to a specialist and 400 to a reversed or decades-long period', async () => {
    h = await startHarness();
    const url = `${h.url}/api/reports/cases?from=2026-03-01&to=2026-03-31&format=xlsx`;
    expect((await fetch(url)).status).toBe(401);
    const op = { authorization: `Bearer ${await tokenOf('op1')}` };
    expect((await fetch(url, { headers: op })).status).toBe(403);
    const head = { authorization: `Bearer ${await tokenOf('head')}` };
    const reversed = `${h.url}/api/reports/cases?from=2026-03-31&to=2026-03-01`;
    expect((await fetch(reversed, { headers: head })).status).toBe(400);
    const decades = `${h.url}/api/reports/cases?from=1990-01-01&to=2026-03-01`;
    expect((await fetch(decades, { headers: head })).status).toBe(400);
  });
});
