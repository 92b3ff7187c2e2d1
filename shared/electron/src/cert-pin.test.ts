import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeFingerprint, pemFingerprint } from './cert-fingerprint.js';
import { VERIFY, certificateVerifier, fetchFingerprint, pinServerCertificate } from './cert-pin.js';
import { DEFAULTS, type ShellConfig } from './config-store.js';

// Two self-signed certificates made once with openssl for these tests (they guard nothing).
const fixture = (name: string) => readFileSync(new URL(`../test-fixtures/${name}`, import.meta.url), 'utf8');
const SERVER_CERT = fixture('server-cert.pem');
const OTHER_CERT = fixture('other-cert.pem');
const SERVER_FP =
  '09:2C:28:84:03:51:74:B5:C2:5D:3E:C7:46:E3:E6:C4:4B:A0:33:04:2B:3C:74:DD:C8:DA:57:7D:F6:24:39:42';

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer({ cert: SERVER_CERT, key: fixture('server-key.pem') }, (socket) => socket.end());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server.close());

const config = (server: string): ShellConfig => ({ ...DEFAULTS, role: 'kiosk', server });

describe('certificate fingerprints', () => {
  it('reads what staff type from the server screen in any spacing and case', () => {
    expect(normalizeFingerprint(SERVER_FP.toLowerCase().replace(/:/g, ' '))).toBe(SERVER_FP);
    expect(normalizeFingerprint(SERVER_FP.replace(/:/g, ''))).toBe(SERVER_FP);
    expect(normalizeFingerprint('09:2C')).toBeNull();
    expect(pemFingerprint(SERVER_CERT)).toBe(SERVER_FP);
    expect(pemFingerprint('not a certificate')).toBeNull();
  });

  it('takes the fingerprint of the certificate a real TLS server presents, though no CA signed it', async () => {
    expect(await fetchFingerprint(origin)).toBe(SERVER_FP);
  });
});

describe('pinning at set-up', () => {
  it('pins the certificate the https server presents, and nothing for plain http', async () => {
    expect(await pinServerCertificate(config(origin), '')).toEqual({
      ok: true,
      config: { ...config(origin), certFingerprint: SERVER_FP },
    });
    const http = await pinServerCertificate(
      { ...config('http://10.0.0.5:8080'), certFingerprint: SERVER_FP },
      '',
    );
    expect(http.ok && http.config.certFingerprint).toBe(undefined);
  });

  it('refuses when the server presents another certificate than the one staff typed', async () => {
    const typed = pemFingerprint(OTHER_CERT) ?? '';
    expect(await pinServerCertificate(config(origin), typed)).toEqual({
      ok: false,
      fields: ['certFingerprint'],
    });
    expect((await pinServerCertificate(config(origin), SERVER_FP.toLowerCase())).ok).toBe(true);
  });

  it('cannot pin a server that does not answer', async () => {
    const closed = await pinServerCertificate(config('https://127.0.0.1:1'), '');
    expect(closed).toEqual({ ok: false, fields: ['certFingerprint'] });
  });
});

describe('the certificate verifier', () => {
  const verify = certificateVerifier('https://10.0.0.5:8443', SERVER_FP);
  const result = (hostname: string, data: string) => {
    let got: number | undefined;
    verify({ hostname, certificate: { data } }, (r) => (got = r));
    return got;
  };

  it("accepts the pinned certificate from the server's host and refuses any other from it", () => {
    expect(result('10.0.0.5', SERVER_CERT)).toBe(VERIFY.accept);
    expect(result('10.0.0.5', OTHER_CERT)).toBe(VERIFY.reject);
    expect(result('10.0.0.5', 'garbage')).toBe(VERIFY.reject);
  });

  it("leaves other hosts, and a server with nothing pinned, to Chromium's own check", () => {
    expect(result('example.org', OTHER_CERT)).toBe(VERIFY.chromium);
    let got: number | undefined;
    certificateVerifier('https://10.0.0.5:8443', undefined)(
      { hostname: '10.0.0.5', certificate: { data: SERVER_CERT } },
      (r) => (got = r),
    );
    expect(got).toBe(VERIFY.chromium);
  });
});
