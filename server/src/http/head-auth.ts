// HTTP routes for the head take the same session token as the socket: `Authorization: Bearer <token>`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionUser } from '@kezek/shared';
import type { Access } from '../auth/access.js';

/** The head behind the request, or null after answering 401 (no or bad token) or 403 (not the head). */
export function headOf(req: IncomingMessage, res: ServerResponse, access: Access): SessionUser | null {
  const header = req.headers.authorization ?? '';
  const token = /^Bearer ([A-Za-z0-9_.-]{1,200})$/.exec(header)?.[1];
  const resolved = token ? access.resolve(token) : null;
  if (!resolved || !('actor' in resolved)) {
    sendJson(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });
    return null;
  }
  if (resolved.actor.role !== 'head') {
    sendJson(res, 403, { error: 'forbidden' });
    return null;
  }
  return resolved.actor;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}
