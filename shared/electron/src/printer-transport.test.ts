import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localPrint } from './local-print.js';
import { parsePrinter, sendToPrinter, serialSetup } from './printer-transport.js';

// ESC @ (reset), "Кезек" is the server's business: here only bytes travel.
const TICKET = Uint8Array.from([0x1b, 0x40, 0x1d, 0x76, 0x30, 0x00, 0x0a, 0x1d, 0x56, 0x42, 0x00]);

describe('printer transport selection', () => {
  it.each([
    ['device:/dev/usb/lp0', { kind: 'device', path: '/dev/usb/lp0' }],
    ['device:\\\\localhost\\Kezek', { kind: 'device', path: '\\\\localhost\\Kezek' }],
    ['serial:/dev/ttyUSB0?baud=19200', { kind: 'serial', path: '/dev/ttyUSB0', baud: 19200 }],
    ['serial:COM3', { kind: 'serial', path: 'COM3', baud: 9600 }],
    ['tcp://192.168.1.50', { kind: 'tcp', host: '192.168.1.50', port: 9100 }],
    ['tcp://printer.local:9101', { kind: 'tcp', host: 'printer.local', port: 9101 }],
    ['tcp://[fe80::1]:9100', { kind: 'tcp', host: 'fe80::1', port: 9100 }],
  ])('%s', (spec, target) => expect(parsePrinter(spec)).toEqual(target));

  it.each(['', 'usb:0x0416', 'serial:COM3?baud=1234', 'tcp://host:0', 'http://printer/'])(
    'refuses "%s"',
    (spec) => expect(parsePrinter(spec)).toBeNull(),
  );

  it('sets a serial port to its speed with stty on Linux and mode on Windows', () => {
    expect(serialSetup({ kind: 'serial', path: '/dev/ttyUSB0', baud: 19200 }, 'linux')).toEqual({
      file: 'stty',
      args: ['-F', '/dev/ttyUSB0', '19200', 'raw', '-echo', 'cs8', '-cstopb', '-parenb'],
      writePath: '/dev/ttyUSB0',
    });
    expect(serialSetup({ kind: 'serial', path: 'COM12', baud: 9600 }, 'win32')).toEqual({
      file: 'mode',
      args: ['COM12:', 'BAUD=9600', 'PARITY=n', 'DATA=8', 'STOP=1'],
      writePath: '\\\\.\\COM12',
    });
  });
});

describe('printer transport delivery', () => {
  it('writes the bytes unchanged to a device file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kezek-lp-'));
    try {
      await sendToPrinter({ kind: 'device', path: join(dir, 'lp0') }, TICKET);
      expect(new Uint8Array(readFileSync(join(dir, 'lp0')))).toEqual(TICKET);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sends the bytes unchanged to a network printer's raw port", async () => {
    const received: Buffer[] = [];
    const server = createServer((s) => s.on('data', (d) => received.push(d)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      await sendToPrinter({ kind: 'tcp', host: '127.0.0.1', port }, TICKET);
      await expect.poll(() => Buffer.concat(received).length, { timeout: 5000 }).toBe(TICKET.length);
      expect(new Uint8Array(Buffer.concat(received))).toEqual(TICKET);
    } finally {
      server.close();
    }
  });

  it('tells the kiosk page to print server-side when no printer is set or it fails', async () => {
    expect(await localPrint(undefined, TICKET)).toEqual({ ok: false, reason: 'no_printer' });
    const refused = await localPrint('tcp://127.0.0.1:1', TICKET);
    expect(refused).toMatchObject({ ok: false, reason: 'failed' });
    expect(await localPrint('tcp://127.0.0.1:9100', 'not bytes', async () => {})).toMatchObject({
      reason: 'failed',
    });
    expect(await localPrint('tcp://127.0.0.1:9100', TICKET, async () => {})).toEqual({ ok: true });
  });
});
