// Certificate fingerprints as staff read them off the server's screen and as the shell stores them:
// SHA-256 of the certificate, 32 colon-separated upper-case hex bytes (Node's X509Certificate.fingerprint256).
import { X509Certificate } from 'node:crypto';

/** "ab cd…", "AB:CD:…" or 64 bare hex digits, as the standard form; null for anything else. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)?.join(':') ?? null;
}

/** The fingerprint of a PEM certificate (what Electron hands its certificate verifier). */
export function pemFingerprint(pem: string): string | null {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return null;
  }
}
