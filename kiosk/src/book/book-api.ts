// The public booking HTTP API as the page uses it (routes listed in shared/src/booking-schemas.ts): one
// function per route, every refusal as its error code. No other file of the page calls fetch.
import {
  BOOKING_HTTP as BOOK_ROUTES,
  type BookingOptions,
  type BookingPublicView,
  type BookingRequest,
  type SlotList,
} from '@kezek/shared';

export type Answer<T> = { ok: true; data: T } | { ok: false; error: string };

async function call<T>(path: string, init?: RequestInit): Promise<Answer<T>> {
  try {
    const res = await fetch(path, { cache: 'no-store', ...init });
    const body = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return { ok: true, data: body as T };
    if (res.status === 429) return { ok: false, error: 'rate_limited' };
    const error = (body as { error?: unknown } | null)?.error;
    return { ok: false, error: typeof error === 'string' ? error : `http_${res.status}` };
  } catch {
    return { ok: false, error: 'offline' };
  }
}

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const bookApi = {
  options: () => call<BookingOptions>(BOOK_ROUTES.options),
  slots: (sectorId: string, serviceId: string | null, day: string) => {
    const q = new URLSearchParams({ sector: sectorId, day });
    if (serviceId !== null) q.set('service', serviceId);
    return call<SlotList>(`${BOOK_ROUTES.slots}?${q.toString()}`);
  },
  book: (request: BookingRequest) => call<BookingPublicView>(BOOK_ROUTES.book, post(request)),
  find: (code: string) => call<BookingPublicView>(`${BOOK_ROUTES.book}/${encodeURIComponent(code)}`),
  cancel: (code: string) =>
    call<BookingPublicView>(`${BOOK_ROUTES.book}/${encodeURIComponent(code)}/cancel`, post({})),
};
