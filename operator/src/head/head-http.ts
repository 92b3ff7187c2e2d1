// The head's HTTP routes (reports and their exports, backup, media, restore): one authorised request and
// one reading of a refusal for all of them. Everything else goes over the socket.
import { ERROR_CODES, type ErrorCode } from '@kezek/shared';

export type HttpAnswer =
  | { ok: true; res: Response }
  | { ok: false; status: number; error: ErrorCode; body: Record<string, unknown> };

const isErrorCode = (v: unknown): v is ErrorCode =>
  typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v);

/** A refusal carries the server's own code when it sent one; otherwise the status says what it can. */
export async function headRequest(
  token: string,
  url: string,
  method = 'GET',
  body?: Blob,
): Promise<HttpAnswer> {
  const res = await fetch(url, { method, body, headers: { authorization: `Bearer ${token}` } }).catch(
    () => null,
  );
  if (!res) return { ok: false, status: 0, error: 'timeout', body: {} };
  if (res.ok) return { ok: true, res };
  const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  const error = isErrorCode(answer['error'])
    ? answer['error']
    : res.status === 401
      ? 'unauthorized'
      : res.status === 403
        ? 'forbidden'
        : 'invalid_payload';
  return { ok: false, status: res.status, error, body: answer };
}

/** Saves a downloaded file under the name the server gave it. */
export async function saveDownload(res: Response, fallbackName: string): Promise<void> {
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await res.blob());
  Object.assign(document.createElement('a'), { href, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
