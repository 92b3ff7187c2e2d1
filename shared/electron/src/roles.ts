// The three roles one shell can play and where each finds its page on the office server.
import type { ShellRole } from '../../src/bridge.js';

export type { ShellRole };

export const ROLES: readonly ShellRole[] = ['kiosk', 'display', 'operator'];

/** The server's port when an address is given without one (the server's default, README). */
export const DEFAULT_PORT = 8080;

export function isRole(value: unknown): value is ShellRole {
  return ROLES.includes(value as ShellRole);
}

/**
 * A server address as staff type it ("192.168.1.10", "kezek-server:9000", "http://10.0.0.5:8080/") turned
 * into an origin ("http://192.168.1.10:8080"), or null when it is not one. Only http(s): the server speaks
 * plain HTTP on the office LAN.
 */
export function normalizeServer(address: string): string | null {
  const trimmed = address.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.hostname === '') return null;
  // An explicit ":80" is dropped by URL; only add the default when no port was typed at all.
  const typedPort = /^[a-z][a-z0-9+.-]*:\/\/[^/]*:\d+/i.test(withScheme);
  if (!typedPort) url.port = String(DEFAULT_PORT);
  return url.origin;
}

/** The page a role loads: `http://<server>:8080/<role>/`. */
export function roleUrl(serverOrigin: string, role: ShellRole): string {
  return `${serverOrigin}/${role}/`;
}

/** The health check the shell polls before it loads the page. */
export function healthUrl(serverOrigin: string): string {
  return `${serverOrigin}/api/health`;
}
