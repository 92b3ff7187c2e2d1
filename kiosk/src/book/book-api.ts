// The public booking HTTP API as the page uses it: one function per route, every refusal turned into
// a reason the page has a sentence for. No other file of the page calls fetch.
import type { Lang, Names } from '@kezek/shared';

export interface BookService {
  id: string;
  names: Names;
}
export interface BookSector {
  id: string;
  names: Names;
  services: BookService[];
}
export interface BookOptions {
  officeName: Names;
  languages: Lang[];
  /** The office asks for an IIN instead of a phone. */
  askIin: boolean;
  /** The first and last day a booking can be made for, in the office's zone. */
  days: string[];
  sectors: BookSector[];
}
export interface BookSlot {
  /** Local "HH:MM" in the office's zone. */
  time: string;
  free: number;
}
export interface BookSlots {
  /** Why the day takes no bookings at all, or null. */
  closed: string | null;
  slots: BookSlot[];
}
export interface BookingView {
  code: string;
  status: string;
  day: string;
  time: string;
  sectorNames: Names;
  serviceNames: Names | null;
  checkInFrom: string;
  checkInTo: string;
}
export interface BookRequest {
  serviceId: string;
  day: string;
  time: string;
  name: string;
  phone?: string;
  iin?: string;
  lang: Lang;
}

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

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const bookApi = {
  options: () => call<BookOptions>('/api/book/options'),
  slots: (serviceId: string, day: string) =>
    call<BookSlots>(
      `/api/book/slots?service=${encodeURIComponent(serviceId)}&day=${encodeURIComponent(day)}`,
    ),
  book: (request: BookRequest) => call<BookingView>('/api/book', json(request)),
  find: (code: string) => call<BookingView>(`/api/book/${encodeURIComponent(code)}`),
  cancel: (code: string) => call<BookingView>(`/api/book/${encodeURIComponent(code)}/cancel`, json({})),
};
