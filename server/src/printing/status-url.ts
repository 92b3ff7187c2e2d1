// The address a visitor's phone opens from the ticket's QR code: the server as the office network sees
// it. KEZEK_PUBLIC_URL wins (a server behind NAT or with several networks); otherwise the first
// non-internal IPv4 address, since `localhost` on a ticket would send the phone to itself.
import { networkInterfaces } from 'node:os';

export function publicBaseUrl(port: number, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['KEZEK_PUBLIC_URL'];
  if (configured) return configured.replace(/\/+$/, '');
  return `http://${lanAddress()}:${port}`;
}

export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

export const statusUrl = (base: string, code: string): string => `${base}/t/${encodeURIComponent(code)}`;
