// TLS with a pinned certificate. The office server's certificate is its own (self-signed, made at its
// first start), so no CA vouches for it: the shell takes the certificate's fingerprint when the device is
// set up (staff may type the one the server shows, to be sure no one stood in between), keeps it in its
// config, and from then on accepts that certificate from the server's host and no other.
import { isIP } from 'node:net';
import { connect } from 'node:tls';
import type { ShellConfig } from './config-store.js';
import { normalizeFingerprint, pemFingerprint } from './cert-fingerprint.js';

export type FetchFingerprint = (origin: string) => Promise<string>;

/** The SHA-256 fingerprint of the certificate `origin` (https://host:port) presents, trusted or not. */
export function fetchFingerprint(origin: string, timeoutMs = 5000): Promise<string> {
  const url = new URL(origin);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port: Number(url.port || 443),
      // Pinning is the check here: the certificate is read, not verified against a CA.
      rejectUnauthorized: false,
      ...(isIP(host) ? {} : { servername: host }),
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`${origin} timed out`)));
    socket.once('error', reject);
    socket.once('secureConnect', () => {
      const fingerprint = socket.getPeerCertificate().fingerprint256;
      socket.end();
      if (fingerprint) resolve(fingerprint);
      else reject(new Error(`${origin} presented no certificate`));
    });
  });
}

export type PinResult = { ok: true; config: ShellConfig } | { ok: false; fields: ['certFingerprint'] };

/**
 * The config with its server's certificate pinned: none for http; for https the one the server presents
 * now, which must be the one staff typed if they typed one. An unreachable server cannot be pinned.
 */
export async function pinServerCertificate(
  config: ShellConfig,
  typed: string,
  fetchFp: FetchFingerprint = fetchFingerprint,
): Promise<PinResult> {
  const { certFingerprint: _old, ...rest } = config;
  if (!config.server.startsWith('https:')) return { ok: true, config: rest };
  let presented: string;
  try {
    presented = await fetchFp(config.server);
  } catch {
    return { ok: false, fields: ['certFingerprint'] };
  }
  const expected = typed.trim() === '' ? presented : normalizeFingerprint(typed);
  if (expected !== presented) return { ok: false, fields: ['certFingerprint'] };
  return { ok: true, config: { ...rest, certFingerprint: presented } };
}

/** What Electron's session.setCertificateVerifyProc hands the verifier (the parts read here). */
export interface VerifyRequest {
  hostname: string;
  certificate: { data: string };
}

/** Verifier results: accept, reject, or leave it to Chromium's own check (a CA-signed site). */
export const VERIFY = { accept: 0, reject: -2, chromium: -3 } as const;

/**
 * For session.setCertificateVerifyProc: the server's host must present exactly the pinned certificate;
 * other hosts (none are loaded, navigation stays on the server) get Chromium's normal check.
 */
export function certificateVerifier(server: string, pinned: string | undefined) {
  const host = new URL(server).hostname.replace(/^\[|\]$/g, '');
  return (request: VerifyRequest, callback: (result: number) => void): void => {
    if (request.hostname.replace(/^\[|\]$/g, '') !== host || pinned === undefined) {
      callback(VERIFY.chromium);
      return;
    }
    callback(pemFingerprint(request.certificate.data) === pinned ? VERIFY.accept : VERIFY.reject);
  };
}
