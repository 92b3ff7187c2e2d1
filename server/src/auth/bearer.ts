// The one check of an HTTP request's session token (`Authorization: Bearer <token>`), shared by every
// route so that a session ended on the socket side (logout, deactivation, password or role change) is
// ended for HTTP at the same moment: both read the same sessions and the same user record per request.
import type { Role, SessionUser } from '@kezek/shared';
import type { Access } from './access.js';

export type BearerCheck =
  | { ok: true; actor: SessionUser }
  | { ok: false; status: 401; error: 'unauthorized' }
  | { ok: false; status: 403; error: 'forbidden' };

const BEARER = /^Bearer ([A-Za-z0-9_.-]{1,200})$/;

/** Who sent the request, checked against the roles allowed; 401 for a missing or ended token, 403 for a role. */
export function checkBearer(
  access: Access,
  authorization: string | undefined,
  roles: readonly Role[],
): BearerCheck {
  const token = BEARER.exec(authorization ?? '')?.[1];
  const resolved = token ? access.resolve(token) : null;
  if (!resolved || !('actor' in resolved)) return { ok: false, status: 401, error: 'unauthorized' };
  if (!roles.includes(resolved.actor.role)) return { ok: false, status: 403, error: 'forbidden' };
  return { ok: true, actor: resolved.actor };
}
