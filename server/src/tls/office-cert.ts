// The office server's own TLS certificate, made at the first start with TLS on and kept in the data
// folder (tls/). No authority signs it: the Kezek shell pins its SHA-256 fingerprint when a device is set
// up (shared/electron/src/cert-pin.ts), so another PC on the LAN cannot pose as the server.
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { ensureDirDurable, writeFileDurable } from '../storage/durable-file.js';

export interface OfficeCert {
  key: string;
  cert: string;
  /** SHA-256, colon-separated hex, as the shell's set-up screen takes it. */
  fingerprint: string;
}

/** Long enough that no office meets a surprise expiry; renewing is deleting tls/ and pairing again. */
const YEARS = 10;

export async function loadOrCreateCert(dataDir: string, now: number): Promise<OfficeCert> {
  const dir = join(dataDir, 'tls');
  const [key, cert] = await Promise.all([
    readFile(join(dir, 'key.pem'), 'utf8').catch(() => null),
    readFile(join(dir, 'cert.pem'), 'utf8').catch(() => null),
  ]);
  if (key && cert) return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256 };
  const made = await makeCert(now);
  await ensureDirDurable(dir);
  // The key first: a certificate without its key would be served by nobody, a key alone is remade.
  await writeFileDurable(join(dir, 'key.pem'), made.key);
  await writeFileDurable(join(dir, 'cert.pem'), made.cert);
  return made;
}

async function makeCert(now: number): Promise<OfficeCert> {
  // Loaded only by an office that turns TLS on, once.
  const { generate } = await import('selfsigned');
  const ips = Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a ? [a.address] : []));
  const generated = await generate([{ name: 'commonName', value: `Kezek office server ${hostname()}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 86_400_000),
    notAfterDate: new Date(now + YEARS * 365 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 2, value: hostname() },
          ...[...new Set(ips)].map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  return {
    key: generated.private,
    cert: generated.cert,
    fingerprint: new X509Certificate(generated.cert).fingerprint256,
  };
}
