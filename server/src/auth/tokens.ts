import { createHash, randomBytes } from 'node:crypto';

/** Tokens live only on the client; the server keeps their sha256, so a copied settings file logs nobody in. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
