// A printer attached to the kiosk itself. The server renders the ticket to ESC/POS bytes; the shell only
// carries them to the device: a device file (Linux /dev/usb/lp0, a Windows shared printer
// \\localhost\Kezek), a serial port (set to its speed first) or a network printer's raw port 9100.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { promisify } from 'node:util';

export type PrinterTarget =
  | { kind: 'device'; path: string }
  | { kind: 'serial'; path: string; baud: number }
  | { kind: 'tcp'; host: string; port: number };

const BAUDS = [2400, 4800, 9600, 19200, 38400, 57600, 115200];

/**
 * "device:/dev/usb/lp0", "device:\\localhost\Kezek", "serial:/dev/ttyUSB0?baud=19200", "serial:COM3",
 * "tcp://192.168.1.50:9100" (port 9100 when left out). Null for anything else, so a typo is refused.
 */
export function parsePrinter(spec: string): PrinterTarget | null {
  const s = spec.trim();
  const device = /^device:(.+)$/i.exec(s);
  if (device?.[1]) return { kind: 'device', path: device[1] };
  const serial = /^serial:([^?]+)(?:\?baud=(\d+))?$/i.exec(s);
  if (serial?.[1]) {
    const baud = Number(serial[2] ?? 9600);
    return BAUDS.includes(baud) ? { kind: 'serial', path: serial[1], baud } : null;
  }
  const tcp = /^tcp:\/\/([^/:]+|\[[^\]]+\])(?::(\d+))?\/?$/i.exec(s);
  if (tcp?.[1]) {
    const port = Number(tcp[2] ?? 9100);
    return port > 0 && port < 65536 ? { kind: 'tcp', host: tcp[1].replace(/^\[|\]$/g, ''), port } : null;
  }
  return null;
}

/** The command that sets a serial port's speed and raw mode before the bytes are written to it. */
export function serialSetup(
  target: Extract<PrinterTarget, { kind: 'serial' }>,
  platform: NodeJS.Platform,
): { file: string; args: string[]; writePath: string } {
  if (platform === 'win32') {
    const port = target.path.replace(/^\\\\\.\\/, '');
    return {
      file: 'mode',
      args: [`${port}:`, `BAUD=${target.baud}`, 'PARITY=n', 'DATA=8', 'STOP=1'],
      // COM10 and above only open through the device namespace; it works for COM1–9 too.
      writePath: `\\\\.\\${port}`,
    };
  }
  return {
    file: 'stty',
    args: ['-F', target.path, String(target.baud), 'raw', '-echo', 'cs8', '-cstopb', '-parenb'],
    writePath: target.path,
  };
}

export interface SendOptions {
  timeoutMs?: number;
  platform?: NodeJS.Platform;
}

export async function sendToPrinter(target: PrinterTarget, bytes: Uint8Array, options: SendOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const signal = AbortSignal.timeout(timeoutMs);
  if (target.kind === 'device') return writeFile(target.path, bytes, { flag: 'w', signal });
  if (target.kind === 'serial') {
    const setup = serialSetup(target, options.platform ?? process.platform);
    await promisify(execFile)(setup.file, setup.args, { timeout: timeoutMs, windowsHide: true });
    return writeFile(setup.writePath, bytes, { flag: 'w', signal });
  }
  return sendTcp(target.host, target.port, bytes, timeoutMs);
}

function sendTcp(host: string, port: number, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`printer ${host}:${port} timed out`)));
    socket.once('error', reject);
    socket.once('connect', () => socket.end(bytes));
    socket.once('close', (hadError) => {
      if (!hadError) resolve();
    });
  });
}
