// HTTP routes for the head take the same session token as the socket: `Authorization: Bearer <token>`.
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '@kezek/shared';
import type { Access } from '../auth/access.js';
import { HttpRefusal } from './http-errors.js';

const BEARER = /^Bearer ([A-Za-z0-9_.-]{1,200})$/;

/** The head behind the request; refuses with 401 (no or bad token) or 403 (not the head). */
export function requireHead(request: FastifyRequest, access: Access): SessionUser {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  const resolved = token ? access.resolve(token) : null;
  if (!resolved || !('actor' in resolved)) throw new HttpRefusal(401, 'unauthorized');
  if (resolved.actor.role !== 'head') throw new HttpRefusal(403, 'forbidden');
  return resolved.actor;
}
