// Issuing at a kiosk against a real server and a virtual printer: every state a visitor can meet, and
// what the kiosk and the head hear when the printer cannot print.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, PrintStatus } from '@kezek/shared';
import {
  demoSettingsOnce,
  expectOk,
  rid,
  send,
  startHarness,
  type Client,
  type Harness,
} from '../test-support/harness.js';
import { openMemorySettings } from '../settings/settings-store.js';
import { startVirtualPrinter, type VirtualPrinter } from './virtual-printer.js';

let h: Harness;
let printer: VirtualPrinter;
let kiosk: Client;
let head: Client;

beforeAll(async () => {
  const settings = demoSettingsOnce();
  const sectors = settings.office.sectors;
  const [a, b, c, d] = sectors;
  if (!a || !b || !c || !d) throw new Error('the demo office has fewer than four sectors');
  a.enabled = false;
  b.hours = [null, null, null, null, null, null, null];
  c.dailyLimit = 1;
  d.priorityAllowed = false;
  h = await startHarness({ settings: openMemorySettings(settings) });
  printer = await startVirtualPrinter();
  kiosk = await h.device('kiosk');
  head = await h.staff('head');
});
afterAll(async () => {
  await h?.close();
  await printer?.close();
});
afterEach(() => void (printer.mode = 'ready'));

const sector = (i: number) => h.settings.data.office.sectors[i]?.id ?? '';
const kioskDevice = () => h.settings.data.devices.find((d) => d.kind === 'kiosk' && !d.revoked);

async function setPrinter(url: string | null) {
  await h.settings.update((s) => {
    const device = s.devices.find((d) => d.kind === 'kiosk' && !d.revoked);
    if (device) device.printer = url === null ? null : { url, paperWidth: 58 };
  });
}

const printed = (socket: Client) =>
  new Promise<{ ticketId: string; status: PrintStatus }>((resolve) => socket.once('ticket:printed', resolve));
const alerted = (socket: Client) => new Promise<Alert>((resolve) => socket.once('alert:raised', resolve));
const issue = (sectorIndex: number, extra: { priority?: 'elderly' } = {}, requestId = rid()) =>
  send(kiosk, 'ticket:issue', { requestId, sectorId: sector(sectorIndex), lang: 'kk', ...extra });

describe('issuing at a kiosk', () => {
  it('refuses a disabled sector, a sector outside its hours, and priority where it is not allowed', async () => {
    expect(await issue(0)).toEqual({ ok: false, error: 'sector_disabled' });
    expect(await issue(1)).toEqual({ ok: false, error: 'outside_hours' });
    expect(await issue(3, { priority: 'elderly' })).toEqual({ ok: false, error: 'priority_not_allowed' });
  });

  it('refuses the ticket after the daily limit', async () => {
    expectOk(await issue(2));
    expect(await issue(2)).toEqual({ ok: false, error: 'daily_limit_reached' });
  });

  it('prints the ticket on the kiosk printer after the ack, once even when the request is retried', async () => {
    await setPrinter(printer.url);
    const done = printed(kiosk);
    const job = printer.nextJob();
    const requestId = rid();
    const ticket = expectOk(await issue(4, {}, requestId));
    expect(await done).toEqual({ ticketId: ticket.ticket.id, status: 'printed' });
    expect((await job).image?.width).toBe(384);
    const before = printer.jobs.length;
    expect(expectOk(await issue(4, {}, requestId)).ticket.id).toBe(ticket.ticket.id);
    await new Promise((r) => setTimeout(r, 500));
    expect(printer.jobs.length).toBe(before);
  });

  it('keeps the ticket valid when the paper is out, tells the kiosk, and raises an alert to the head', async () => {
    await setPrinter(printer.url);
    printer.mode = 'paper_out';
    const done = printed(kiosk);
    const alert = alerted(head);
    const ticket = expectOk(await issue(5));
    expect(ticket.ticket.status).toBe('waiting');
    expect(await done).toEqual({ ticketId: ticket.ticket.id, status: 'paper_out' });
    expect(await alert).toMatchObject({
      kind: 'printer_problem',
      subjectId: kioskDevice()?.id,
      detail: 'paper_out',
    });
    // Kept in the head's alert list too, so a head who opens the screen later still sees it.
    const list = expectOk(await send(head, 'admin:alerts', {}));
    expect(list.some((a) => a.kind === 'printer_problem' && a.detail === 'paper_out')).toBe(true);
  });

  it('reports an offline printer, and one nobody listens on, as offline', async () => {
    await setPrinter(printer.url);
    printer.mode = 'offline';
    const first = printed(kiosk);
    expectOk(await issue(5));
    expect((await first).status).toBe('offline');

    await setPrinter('tcp://127.0.0.1:1');
    const second = printed(kiosk);
    expectOk(await issue(5));
    expect((await second).status).toBe('offline');
  });

  it('says no_printer to a kiosk without a printer, without alerting the head', async () => {
    await setPrinter(null);
    await new Promise((r) => setTimeout(r, 300)); // alerts of the previous test still in flight
    let alerts = 0;
    head.on('alert:raised', () => alerts++);
    const done = printed(kiosk);
    expectOk(await issue(5));
    expect((await done).status).toBe('no_printer');
    expect(alerts).toBe(0);
  });

  it('prints a sample ticket when the head asks for a test print', async () => {
    await setPrinter(printer.url);
    const id = kioskDevice()?.id ?? '';
    const job = printer.nextJob();
    expect(await send(head, 'printer:test', { deviceId: id, lang: 'ru' })).toEqual({
      ok: true,
      data: { status: 'printed' },
    });
    expect((await job).image).not.toBeNull();
    expect(await send(kiosk, 'printer:test', { deviceId: id })).toEqual({ ok: false, error: 'forbidden' });
  });
});
