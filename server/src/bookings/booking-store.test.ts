// The booking journal on a real disk: what was acknowledged is there after a reopen, a retried request
// is answered once, a failed write is refused and healed, compaction keeps every booking and answer.
import { appendFile, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BOOKING_RULES,
  defaultCalendar,
  type BookingCommand,
  type BookingRulesOf,
  type OfficeConfig,
} from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import {
  bookingJournalPath,
  fileBookingStorage,
  memoryBookingStorage,
  type BookingStorage,
} from './booking-storage.js';
import { BookingStore } from './booking-store.js';

const NOW = Date.parse('2026-12-01T12:00:00+05:00');
const rules: BookingRulesOf = {
  office: DEMO_OFFICE as OfficeConfig,
  settings: { rules: { legal: { ...DEFAULT_BOOKING_RULES, enabled: true, perSlot: 10, perPerson: 10 } } },
  calendar: defaultCalendar('Asia/Almaty'),
};

function open(storage: BookingStorage, n = { id: 0, code: 0 }) {
  return BookingStore.open({
    storage,
    clock: () => NOW,
    newId: () => `b${++n.id}`,
    newCode: () => `AAAA-${String(++n.code).padStart(4, '0')}`,
    log: silentLogger,
    rules: () => rules,
  });
}

const book = (i: number): BookingCommand => ({
  type: 'book',
  request: {
    sectorId: 'legal',
    serviceId: null,
    start: `2026-12-02T${String(9 + i).padStart(2, '0')}:00:00+05:00`,
    name: 'Dana',
    phone: '+7 701 000 00 01',
    iin: null,
    lang: 'ru',
  },
  by: { kind: 'public' },
});
const codeOf = (_e: unknown, s: { bookings: Record<string, { code: string }> }) =>
  Object.values(s.bookings).map((b) => b.code);

describe('the booking journal on disk', () => {
  it('reopens with every acknowledged booking, drops a torn last line, answers a retry once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kezek-bookings-'));
    const n = { id: 0, code: 0 };
    const first = await open(fileBookingStorage(dir, silentLogger), n);
    for (let i = 0; i < 3; i += 1)
      expect((await first.run(book(i), { actorId: null, requestId: `r${i}` }, codeOf)).ok).toBe(true);
    const before = structuredClone(first.bookings);
    await first.close();
    await appendFile(bookingJournalPath(dir), '{"seq":4,"at":1,"req":null,"ev');
    const second = await open(fileBookingStorage(dir, silentLogger), n);
    expect(second.bookings).toEqual(before);
    // The same request after the restart: the first answer, no second booking.
    expect(await second.run(book(0), { actorId: null, requestId: 'r0' }, codeOf)).toEqual({
      ok: true,
      data: ['AAAA-0001'],
    });
    expect(Object.keys(second.bookings.bookings)).toHaveLength(3);
    await second.close();
  });

  it('refuses a command whose write failed, then rebuilds from what is durable', async () => {
    const storage = memoryBookingStorage();
    const store = await open(storage);
    expect((await store.run(book(0), { actorId: null, requestId: 'r1' }, codeOf)).ok).toBe(true);
    storage.current?.breakWith();
    expect(await store.run(book(1), { actorId: null, requestId: 'r2' }, codeOf)).toEqual({
      ok: false,
      error: 'storage_failed',
    });
    const r = await store.run(book(2), { actorId: null, requestId: 'r3' }, codeOf);
    expect(r).toEqual({ ok: true, data: ['AAAA-0001', 'AAAA-0003'] });
  });

  it('compaction rewrites the journal as one line per booking and keeps the answers for retries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kezek-bookings-'));
    const n = { id: 0, code: 0 };
    const first = await open(fileBookingStorage(dir, silentLogger), n);
    for (let i = 0; i < 4; i += 1) await first.run(book(i), { actorId: null, requestId: `r${i}` }, codeOf);
    await first.run(
      { type: 'cancel', code: 'AAAA-0002', by: { kind: 'public' } },
      { actorId: null, requestId: 'c' },
      codeOf,
    );
    const state = structuredClone(first.bookings);
    const size = (await stat(bookingJournalPath(dir))).size;
    await first.compact();
    expect((await stat(bookingJournalPath(dir))).size).toBeLessThan(size);
    await first.close();
    const second = await open(fileBookingStorage(dir, silentLogger), n);
    expect(second.bookings).toEqual(state);
    expect((await second.run(book(3), { actorId: null, requestId: 'r3' }, codeOf)).ok).toBe(true);
    expect(Object.keys(second.bookings.bookings)).toHaveLength(4);
    await second.close();
  });
});
