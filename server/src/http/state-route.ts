// GET /api/state: the office's whole queue state as JSON, for the head's diagnostics and the fault suite,
// which compares the state before a kill -9 with the state replayed after it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Access } from '../auth/access.js';
import type { Office } from '../office/office.js';
import { headOf, sendJson } from './head-auth.js';

/** Answers and returns true for /api/state; false leaves the request to other routes. */
export function stateRoute(office: Office, access: Access) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (new URL(req.url ?? '/', 'http://kezek.local').pathname !== '/api/state') return false;
    if (req.method !== 'GET') {
      sendJson(res, 405, { error: 'method_not_allowed' }, { allow: 'GET' });
      return true;
    }
    if (headOf(req, res, access)) sendJson(res, 200, { rev: office.revision, state: office.queue });
    return true;
  };
}
