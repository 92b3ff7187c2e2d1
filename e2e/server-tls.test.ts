// The built server with TLS on: it makes its own certificate at the first start, prints the fingerprint
// staff type into the shell, presents exactly that certificate (what the shell pins, read the shell's
// way), keeps it across restarts, and serves the API and the socket over HTTPS only.
import { readFileSync } from 'node:fs';
import { get } from 'node:https';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFingerprint } from '../shared/electron/src/cert-pin.js';
import { launchBrowser } from './support/browser.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess | null = null;
afterEach(async () => server?.stop());

async function startTls(dataDir: string): Promise<ServerProcess> {
  process.env.KEZEK_TLS = 'on';
  try {
    return await startServer(dataDir);
  } finally {
    delete process.env.KEZEK_TLS;
  }
}

function healthOver(port: number, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/api/health', ca }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('the office server over TLS', () => {
  it('makes, prints, presents and keeps its own certificate, and speaks HTTPS only', async () => {
    const dataDir = tempDataDir('kezek-tls-');
    server = await startTls(dataDir);
    const started = server;
    // The welcome lines follow the "listening" log line that startServer waits for.
    await expect.poll(() => /TLS certificate SHA-256: ([0-9A-F:]{95})/.test(started.output())).toBe(true);
    const printed = /TLS certificate SHA-256: ([0-9A-F:]{95})/.exec(server.output())?.[1];
    const origin = `https://127.0.0.1:${server.port}`;
    expect(await fetchFingerprint(origin)).toBe(printed);
    const cert = readFileSync(join(dataDir, 'tls', 'cert.pem'), 'utf8');
    // Verified against the certificate itself: its names cover the address the devices use.
    const health = await healthOver(server.port, cert);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
    expect(
      await fetch(`http://127.0.0.1:${server.port}/api/health`).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused');

    const socket = io(origin, { transports: ['websocket'], ca: cert, reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    socket.disconnect();

    // Why TLS is off by default: a phone's browser refuses the office's own certificate outright.
    const browser = await launchBrowser();
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const refused = await phone.goto(`${origin}/open`).then(
      () => 'opened',
      (e: Error) => e.message,
    );
    await browser.close();
    expect(refused).toMatch(/ERR_CERT_AUTHORITY_INVALID/);

    await server.stop();
    server = await startTls(dataDir);
    expect(await fetchFingerprint(`https://127.0.0.1:${server.port}`)).toBe(printed);
  });
});
