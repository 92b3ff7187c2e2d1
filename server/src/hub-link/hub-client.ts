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
  let res: Response;
  try {
    res = await fetchFn(new URL('/api/hub/entries', hubUrl), {
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
  const ack = HubAck.safeParse(answer);
  if (!ack.success) throw new LinkError('bad_answer');
  return ack.data;
}
