// One batch to the hub over HTTP. Every way it can fail becomes a short code the head can read in the
// link status; nothing here throws anything else.
import type { HubLinkError } from '@kezek/shared';
import { HubAck } from '../hub/wire.js';

export type LinkErrorCode = Exclude<HubLinkError, 'journal_unreadable'>;

export class LinkError extends Error {
  constructor(readonly code: LinkErrorCode) {
    super(code);
  }
}

export type Fetch = typeof fetch;

export async function sendBatch(
  hubUrl: string,
  key: string,
  /** A HubBatch as JSON. */
  body: string,
  timeoutMs: number,
  fetchFn: Fetch = fetch,
): Promise<HubAck> {
  const answer = await post('/api/hub/entries', hubUrl, key, body, timeoutMs, fetchFn);
  const ack = HubAck.safeParse(answer);
  if (!ack.success) throw new LinkError('bad_answer');
  return ack.data;
}

/** One POST to the hub; the answer's JSON, or a LinkError. */
export async function post(
  path: string,
  hubUrl: string,
  key: string,
  body: string,
  timeoutMs: number,
  fetchFn: Fetch = fetch,
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(new URL(path, hubUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new LinkError('unreachable');
  }
  const answer: unknown = await res.json().catch(() => null);
  if (res.status === 401 || res.status === 403) throw new LinkError('unauthorized');
  if (res.status >= 500) throw new LinkError('hub_error');
  if (res.status !== 200) throw new LinkError('refused');
  return answer;
}
