// HTTP routes for the head take the same session token as the socket: `Authorization: Bearer <token>`,
// checked by the one token check every entry point shares (auth/bearer.ts).
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '@kezek/shared';
import type { Access } from '../auth/access.js';
import { checkBearer } from '../auth/bearer.js';
import { HttpRefusal } from './http-errors.js';

/** The head behind the request; refuses with 401 (no or ended token) or 403 (not the head). */
export function requireHead(request: FastifyRequest, access: Access): SessionUser {
  const checked = checkBearer(access, request.headers.authorization, ['head']);
  if (!checked.ok) throw new HttpRefusal(checked.status, checked.error);
  return checked.actor;
}
