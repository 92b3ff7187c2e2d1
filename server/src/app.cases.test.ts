// Follow-up cases through a real server and real Socket.IO clients: a visit finished in progress opens
// a case, the desk accepts an appeal without a ticket, who may see which case, and what survives a
// restart.
import { afterEach, describe, expect, it } from 'vitest';
import type { Acks, CaseView, InboundEvent, PayloadIn, Result } from '@kezek/shared';
import { memoryCaseStorage } from './cases/case-storage.js';
import { memoryDayStore } from './office/day-store.js';
import { openMemorySettings } from './settings/settings-store.js';
import {
  demoSettingsOnce,
  expectOk,
  rid,
  send,
  startHarness,
  type Client,
  type Harness,
  type HarnessOptions,
} from './test-support/harness.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

function press<E extends InboundEvent>(
  socket: Client,
  event: E,
  payload: Omit<PayloadIn<E>, 'requestId'>,
): Promise<Result<Acks[E]>> {
  return send(socket, event, { requestId: rid(), ...payload } as PayloadIn<E>);
}

/** op2 works desk 5 only (applications); op1 any desk. */
async function start(options: HarnessOptions = {}) {
  const settings = demoSettingsOnce();
  const op2 = settings.users.find((u) => u.username === 'op2');
  if (op2) op2.deskIds = ['desk-5'];
  h = await startHarness({ settings: openMemorySettings(settings), ...options });
  return h;
}

const changed = (socket: Client) => new Promise<CaseView>((resolve) => socket.once('case:changed', resolve));

async function visitInProgress(harness: Harness, op: Client, sectorId = 'legal', deskId = 'desk-1') {
  const kiosk = await harness.device('kiosk');
  expectOk(await press(kiosk, 'ticket:issue', { sectorId, lang: 'kk', priority: null }));
  expectOk(await press(op, 'desk:open', { deskId }));
  expectOk(await press(op, 'desk:call-next', { deskId }));
  expectOk(await press(op, 'desk:start', { deskId }));
  const heard = changed(op);
  expectOk(await press(op, 'desk:finish', { deskId, outcome: 'in_progress', note: 'Жер учаскесі' }));
  return heard;
}

const accept = (op: Client, sectorId = 'legal') =>
  press(op, 'case:open', { sectorId, topic: 'Appeal about a road', lang: 'ru', contact: { name: 'Dana' } });

describe('cases at the desk', () => {
  it('finishing a visit as in progress opens a case with a number and a due date, told to the desk', async () => {
    const harness = await start();
    const op1 = await harness.staff('op1');
    const view = await visitInProgress(harness, op1);
    expect(view).toMatchObject({
      status: 'open',
      sectorId: 'legal',
      lang: 'kk',
      topic: 'Жер учаскесі',
      registeredBy: 'u-op1',
      source: { kind: 'visit', ticketNumber: 'A001' },
    });
    expect(view.number).toMatch(/^KZ-\d{4}-00001$/);
    expect(view.dueOn > view.registeredOn).toBe(true);
    const list = expectOk(await send(op1, 'case:list', {})).cases;
    expect(list.map((k) => k.id)).toEqual([view.id]);
  });

  it('accepts an appeal without a ticket, answers it, and an answered case leaves the open list', async () => {
    const harness = await start();
    const op1 = await harness.staff('op1');
    const opened = expectOk(await accept(op1));
    expect(opened).toMatchObject({
      source: { kind: 'desk' },
      contact: { name: 'Dana', phone: null, iin: null },
    });
    const answered = expectOk(
      await press(op1, 'case:answer', {
        caseId: opened.id,
        result: 'consulted',
        text: 'Explained the rules',
      }),
    );
    expect(answered).toMatchObject({ status: 'answered', answer: { result: 'consulted' } });
    expect(expectOk(await send(op1, 'case:list', {})).cases).toEqual([]);
    expect(expectOk(await send(op1, 'case:list', { scope: 'all' })).cases.map((k) => k.id)).toEqual([
      opened.id,
    ]);
  });

  it('refuses an IIN when the office has not turned IINs on', async () => {
    const harness = await start();
    const op1 = await harness.staff('op1');
    const r = await press(op1, 'case:open', {
      sectorId: 'legal',
      topic: 'x',
      lang: 'kk',
      contact: { iin: '900101300129' },
    });
    expect(r).toEqual({ ok: false, error: 'iin_disabled' });
  });
});

describe('who sees a case', () => {
  it('a kiosk and a display are refused every case command', async () => {
    const harness = await start();
    for (const device of [await harness.device('kiosk'), await harness.device('display')]) {
      expect(await send(device, 'case:list', {})).toEqual({ ok: false, error: 'forbidden' });
      expect(await send(device, 'case:get', { caseId: 'x' })).toEqual({ ok: false, error: 'forbidden' });
    }
  });

  it('a specialist sees only the cases of the sectors they serve until one is handed to them', async () => {
    const harness = await start();
    const op1 = await harness.staff('op1');
    const op2 = await harness.staff('op2');
    let op2Heard = 0;
    op2.on('case:changed', () => (op2Heard += 1));
    const legal = expectOk(await accept(op1, 'legal'));
    expect(expectOk(await send(op2, 'case:list', {})).cases).toEqual([]);
    expect(await send(op2, 'case:get', { caseId: legal.id })).toEqual({ ok: false, error: 'unknown_case' });
    expect(await press(op2, 'case:answer', { caseId: legal.id, result: 'solved', text: 'x' })).toEqual({
      ok: false,
      error: 'unknown_case',
    });
    expect(op2Heard).toBe(0);
    const heard = changed(op2);
    expectOk(
      await press(op1, 'case:hand-over', { caseId: legal.id, toSectorId: 'legal', toUserId: 'u-op2' }),
    );
    expect((await heard).id).toBe(legal.id);
    expect(expectOk(await send(op2, 'case:list', {})).cases.map((k) => k.id)).toEqual([legal.id]);
    const own = expectOk(await accept(op1, 'applications'));
    expect(expectOk(await send(op2, 'case:get', { caseId: own.id })).id).toBe(own.id);
  });

  it('only the head extends, once, to the legal limit by default', async () => {
    const harness = await start();
    const op1 = await harness.staff('op1');
    const head = await harness.staff('head');
    const k = expectOk(await accept(op1));
    expect(await press(op1, 'case:extend', { caseId: k.id, reason: 'Expert opinion' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const extended = expectOk(await press(head, 'case:extend', { caseId: k.id, reason: 'Expert opinion' }));
    expect(extended.dueOn).toBe(k.extensionLimitOn);
    expect(extended.extension).toMatchObject({ reason: 'Expert opinion', fromOn: k.dueOn });
  });
});

describe("the head's case settings", () => {
  it('sets the prefix, the IIN switch and a day off of its own; a specialist may not', async () => {
    const harness = await start();
    const head = await harness.staff('head');
    const op1 = await harness.staff('op1');
    const current = expectOk(await send(head, 'case:settings', {}));
    expect(current.settings.prefix).toBe('KZ');
    const year = Object.keys(current.holidays)[0] ?? '2026';
    expect(current.holidays[year]).toContain(`${year}-03-22`);
    const settings = {
      ...current.settings,
      prefix: 'ALM',
      iinEnabled: true,
      years: { [year]: { kurbanAit: null, added: [`${year}-04-14`], removed: [] } },
    };
    expect(await send(op1, 'case:save-settings', { settings })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(head, 'case:save-settings', { settings: { ...settings, prefix: 'a b' } })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expectOk(await send(head, 'case:save-settings', { settings }));
    expect(expectOk(await send(head, 'case:settings', {})).holidays[year]).toContain(`${year}-04-14`);
    const k = expectOk(await accept(op1));
    expect(k.number.startsWith('ALM-')).toBe(true);
  });
});

describe('cases across a restart', () => {
  it('keeps every acknowledged case, continues the numbering and answers a retry with the first answer', async () => {
    const caseStorage = memoryCaseStorage();
    const store = memoryDayStore();
    const first = await start({ caseStorage, store });
    const op1 = await first.staff('op1');
    const payload = { requestId: rid(), sectorId: 'legal', topic: 'Appeal', lang: 'kk' as const };
    const a = expectOk(await send(op1, 'case:open', payload));
    await first.close();
    h = null;
    const second = await start({ caseStorage, store });
    const again = await second.staff('op1');
    expect(expectOk(await send(again, 'case:open', payload)).number).toBe(a.number);
    const b = expectOk(await accept(again));
    expect(b.number).not.toBe(a.number);
    expect(expectOk(await send(again, 'case:list', {})).cases.map((k) => k.number)).toEqual([
      a.number,
      b.number,
    ]);
  });

  it('a visit finished in progress whose case was not written gets its case at the next start', async () => {
    const caseStorage = memoryCaseStorage();
    const store = memoryDayStore();
    const first = await start({ caseStorage, store });
    const op1 = await first.staff('op1');
    caseStorage.current?.breakWith();
    const kiosk = await first.device('kiosk');
    expectOk(await press(kiosk, 'ticket:issue', { sectorId: 'legal', lang: 'en', priority: null }));
    expectOk(await press(op1, 'desk:open', { deskId: 'desk-1' }));
    expectOk(await press(op1, 'desk:call-next', { deskId: 'desk-1' }));
    expectOk(await press(op1, 'desk:start', { deskId: 'desk-1' }));
    expectOk(await press(op1, 'desk:finish', { deskId: 'desk-1', outcome: 'in_progress', note: null }));
    await first.close();
    h = null;
    caseStorage.current = null;
    const second = await start({ caseStorage, store });
    const head = await second.staff('head');
    const list = expectOk(await send(head, 'case:list', {})).cases;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ lang: 'en', source: { kind: 'visit', ticketNumber: 'A001' } });
  });
});
