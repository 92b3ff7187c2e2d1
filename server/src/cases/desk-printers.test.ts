// The head chooses per desk which printer prints its case receipts (a network printer, a kiosk's, or
// none), through a real server: what is saved, what is refused, what the audit log says, and where the
// receipt then goes, a `local:` kiosk's included (its socket is handed the bytes and answers).
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseView } from '@kezek/shared';
import { decodeEscPos } from '../printing/raster-decode.js';
import { startVirtualPrinter, type VirtualPrinter } from '../printing/virtual-printer.js';
import { expectOk, rid, send, startHarness, type Client, type Harness } from '../test-support/harness.js';

let h: Harness;
let printer: VirtualPrinter | null = null;
afterEach(async () => {
  await h?.close();
  await printer?.close();
  printer = null;
});

async function kioskId(head: Client): Promise<string> {
  const kiosk = expectOk(await send(head, 'admin:get', {})).devices.find((d) => d.kind === 'kiosk');
  if (!kiosk) throw new Error('no kiosk paired');
  return kiosk.id;
}

const appeal = async (op: Client): Promise<CaseView> =>
  expectOk(await send(op, 'case:open', { requestId: rid(), sectorId: 'legal', topic: 'Өтініш', lang: 'kk' }));

describe('the desks’ receipt printers', () => {
  it('saves the head’s choice, audits it, and keeps it when the case settings are saved from an old draft', async () => {
    h = await startHarness();
    const head = await h.staff('head');
    await h.device('kiosk');
    const kiosk = await kioskId(head);
    const stale = expectOk(await send(head, 'case:settings', {})).settings;
    const deskPrinters = {
      'desk-1': { url: 'tcp://10.0.0.5:9100', paperWidth: 58 as const },
      'desk-2': { kioskId: kiosk },
    };
    expectOk(await send(head, 'case:save-desk-printers', { deskPrinters }));
    expect(expectOk(await send(head, 'case:settings', {})).settings.deskPrinters).toEqual(deskPrinters);
    const [entry] = expectOk(await send(head, 'admin:audit', {}));
    expect(entry).toMatchObject({
      action: 'desk-printers',
      summary: `desk-1 tcp://10.0.0.5:9100, desk-2 kiosk ${kiosk}`,
    });

    expectOk(await send(head, 'case:save-settings', { settings: { ...stale, prefix: 'ALM' } }));
    const after = expectOk(await send(head, 'case:settings', {})).settings;
    expect(after.prefix).toBe('ALM');
    expect(after.deskPrinters).toEqual(deskPrinters);
  });

  it('refuses a desk or kiosk the office does not have, a revoked kiosk, a `local:` address, and specialists', async () => {
    h = await startHarness();
    const head = await h.staff('head');
    await h.device('kiosk');
    const kiosk = await kioskId(head);
    const save = (deskPrinters: object) => send(head, 'case:save-desk-printers', { deskPrinters } as never);
    expect(await save({ 'desk-99': { kioskId: kiosk } })).toEqual({ ok: false, error: 'invalid_config' });
    expect(await save({ 'desk-1': { kioskId: 'nobody' } })).toEqual({ ok: false, error: 'invalid_config' });
    expect(await save({ 'desk-1': { url: 'local:', paperWidth: 80 } })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(await save({ 'desk-1': { url: 'http://x', paperWidth: 80 } })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expectOk(await send(head, 'admin:device-update', { deviceId: kiosk, revoked: true }));
    expect(await save({ 'desk-1': { kioskId: kiosk } })).toEqual({ ok: false, error: 'invalid_config' });
    const op = await h.staff('op1');
    const refused = await send(op, 'case:save-desk-printers', { deskPrinters: {} });
    expect(refused).toEqual({ ok: false, error: 'forbidden' });
    expect(expectOk(await send(head, 'case:settings', {})).settings.deskPrinters).toBeUndefined();
  });

  it('prints on the chosen kiosk’s network printer, and on none for a desk left out', async () => {
    printer = await startVirtualPrinter();
    h = await startHarness();
    const head = await h.staff('head');
    await h.device('kiosk');
    const kiosk = await kioskId(head);
    expectOk(
      await send(head, 'admin:device-update', {
        deviceId: kiosk,
        printer: { url: printer.url, paperWidth: 58 },
      }),
    );
    expectOk(await send(head, 'case:save-desk-printers', { deskPrinters: { 'desk-1': { kioskId: kiosk } } }));
    const op = await h.staff('op1');
    const k = await appeal(op);
    const job = printer.nextJob();
    expect(expectOk(await send(op, 'case:print-receipt', { caseId: k.id, deskId: 'desk-1' })).status).toBe(
      'printed',
    );
    expect((await job).image?.width).toBe(384); // the kiosk's 58 mm paper
    expect(expectOk(await send(op, 'case:print-receipt', { caseId: k.id, deskId: 'desk-2' })).status).toBe(
      'no_printer',
    );
  });

  it('hands a `local:` kiosk the receipt’s bytes and tells the desk what its printer answered', async () => {
    h = await startHarness();
    const head = await h.staff('head');
    const kioskSocket = await h.device('kiosk');
    const kiosk = await kioskId(head);
    expectOk(
      await send(head, 'admin:device-update', {
        deviceId: kiosk,
        printer: { url: 'local:', paperWidth: 80 },
      }),
    );
    expectOk(await send(head, 'case:save-desk-printers', { deskPrinters: { 'desk-1': { kioskId: kiosk } } }));
    const jobs: Uint8Array[] = [];
    let answer: 'printed' | 'paper_out' = 'printed';
    kioskSocket.on('receipt:print', ({ bytes }, ack) => {
      jobs.push(new Uint8Array(bytes));
      ack(answer);
    });
    const op = await h.staff('op1');
    const k = await appeal(op);
    const print = () => send(op, 'case:print-receipt', { caseId: k.id, deskId: 'desk-1' });
    expect(expectOk(await print()).status).toBe('printed');
    expect(jobs).toHaveLength(1);
    expect(decodeEscPos(jobs[0] ?? new Uint8Array()).image?.width).toBe(576);
    answer = 'paper_out';
    expect(expectOk(await print()).status).toBe('paper_out');
    kioskSocket.disconnect();
    await expect.poll(() => h.app.io.sockets.sockets.size).toBeLessThan(3);
    expect(expectOk(await print()).status).toBe('offline');
  });
});
