// kill -9 while staff book and cancel: every acknowledged booking and cancellation survives, no code is
// given twice, and a torn last line of the booking journal is dropped.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replayBookings, type BookingView, type SlotList } from '@kezek/shared';
import type { BookingEntry } from '../../server/src/bookings/booking-storage.js';
import { openJournal } from '../../server/src/storage/journal.js';
import { startServer, tempDataDir, type ServerProcess } from '../support/server-process.js';
import { call, connect, login, type Client } from './support.js';

const ROUNDS = Number(process.env.KEZEK_BOOKING_CRASH_ROUNDS ?? 6);
const quiet = { info() {}, warn() {}, error() {} };
const RULES = {
  enabled: true,
  hours: null,
  slotMin: 15,
  perSlot: 100,
  aheadDays: 30,
  leadMin: 0,
  perPerson: 20,
  earlyMin: 30,
  lateMin: 10,
};

let server: ServerProcess | null = null;
afterAll(async () => {
  await server?.stop();
  delete process.env.KEZEK_RATE_LIMIT;
});

/** The first day from tomorrow with slots (the calendar may close a holiday). */
async function bookableDay(op: Client): Promise<SlotList> {
  for (let d = 1; d < 20; d += 1) {
    const day = new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const r = await call(op, 'booking:slots', { sectorId: 'legal', day });
    const list = r.data as SlotList;
    if (list.slots.length > 10) return list;
  }
  throw new Error('no bookable day in the next three weeks');
}

describe('bookings and the server killed with SIGKILL', () => {
  it(`keeps every acknowledged booking and cancellation across ${ROUNDS} kills`, async () => {
    process.env.KEZEK_RATE_LIMIT = '1000000/1000000';
    const dataDir = tempDataDir('kezek-booking-crash-');
    const booked = new Map<string, string>(); // booking id -> code, acknowledged
    const cancelled = new Set<string>();
    server = await startServer(dataDir);
    const head = await connect(server.url, await login(server.url, 'head', 'kezek-head'));
    const saved = await call(head, 'booking:save-settings', { settings: { rules: { legal: RULES } } });
    expect(saved).toEqual({ ok: true, data: null });
    head.disconnect();
    const token = await login(server.url, 'op1', 'kezek');

    for (let round = 0; round < ROUNDS; round++) {
      server ??= await startServer(dataDir);
      const op = await connect(server.url, token);
      const { slots } = await bookableDay(op);
      let alive = true;
      const worker = async (w: number) => {
        for (let i = 0; alive; i++) {
          const requestId = `b${round}w${w}i${i}x${Date.now()}`;
          const start = slots[(round * 7 + w * 3 + i) % slots.length]?.start ?? '';
          const phone = `+7 701 ${String(round).padStart(3, '0')} ${String(w).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`;
          const payload = { requestId, sectorId: 'legal', start, name: `Visitor ${i}`, phone, lang: 'ru' };
          const r = await call(op, 'booking:create', payload, 1500).catch(() => null);
          if (!r) return;
          if (!r.ok) continue;
          const b = r.data as BookingView;
          booked.set(b.id, b.code);
          if (i % 3 !== 1) continue;
          const c = await call(
            op,
            'booking:cancel',
            { requestId: `${requestId}c`, code: b.code },
            1500,
          ).catch(() => null);
          if (!c) return;
          if (c.ok) cancelled.add(b.id);
        }
      };
      const load = Promise.all([worker(1), worker(2), worker(3)]);
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 400));
      await server.kill9();
      alive = false;
      await load;
      op.disconnect();
      server = null;
    }

    // A power cut mid-write: half a line at the end of the booking journal.
    const path = join(dataDir, 'bookings', 'bookings.ndjson');
    appendFileSync(path, '{"seq":999999,"at":1,"req":null,"events":[{"type":"booking:cre');
    server = await startServer(dataDir);
    const op = await connect(server.url, await login(server.url, 'op1', 'kezek'));
    const { day } = await bookableDay(op);
    const listed = await call(op, 'booking:list', { day });
    expect(listed.ok).toBe(true);
    op.disconnect();
    await server.stop();
    server = null;

    const { entries, journal } = await openJournal<BookingEntry>(path, { log: quiet });
    await journal.close();
    const state = replayBookings(entries.flatMap((e) => e.events));
    expect(booked.size).toBeGreaterThan(ROUNDS * 5);
    for (const [id, code] of booked) expect(state.bookings[id]?.code).toBe(code);
    for (const id of cancelled) expect(state.bookings[id]?.status).toBe('cancelled');
    const codes = Object.values(state.bookings).map((b) => b.code);
    expect(new Set(codes).size).toBe(codes.length);
    console.log(
      `booking crash test: ${ROUNDS} kills, ${booked.size} bookings and ${cancelled.size} cancellations acknowledged, all kept`,
    );
  }, 180_000);
});
