// An office day at big-centre scale against the real server: visitors arrive in bursts at 20 kiosks,
// 60 specialists call, start and finish, 120 displays watch the hall. Every acknowledged command is
// timed, and every call is followed until the last display has it.
import type { HallChanged, IssuedTicket, TicketBrief } from '@kezek/shared';
import { DESKS, SECTORS } from './big-centre.js';
import { requestId, timed, type BenchSocket } from './clients.js';
import { DisplayWatch } from './display-watch.js';
import { sleep } from './stats.js';

export interface Hall {
  kiosks: BenchSocket[];
  operators: BenchSocket[];
  displays: BenchSocket[];
}

/** What happened when, so the bare baseline can broadcast on exactly the same beat. */
export interface Beat {
  at: number;
  from: 'kiosk' | 'operator';
  index: number;
  call: boolean;
}

export interface DayResult {
  issueMs: number[];
  /** Tickets asked for and not issued (refused or no answer within 30 s). */
  issueFailed: number;
  callMs: number[];
  callToDisplayMs: number[];
  missed: number;
  commands: number;
  peakPerSecond: number;
  beats: Beat[];
  captured: HallChanged | null;
}

const issueRate = (second: number) => (second % 6 < 2 ? 26 : 6); // visitors/s: a bus arrives, then calm

export async function openDesks(hall: Hall): Promise<void> {
  const opened = await Promise.all(
    hall.operators.map((op, i) =>
      timed(op, 'desk:open', { requestId: requestId('open'), deskId: `desk-${i + 1}` }),
    ),
  );
  const refused = opened.filter((o) => !o.result.ok && o.result.error !== 'desk_taken');
  if (refused.length > 0) throw new Error(`desks refused to open: ${JSON.stringify(refused[0]?.result)}`);
}

/** Ends whatever visit a desk was left with, so a second run of the day starts every desk calling. */
export async function finishVisits(hall: Hall): Promise<void> {
  await Promise.all(
    hall.operators.map((op, i) =>
      timed(op, 'desk:finish', { requestId: requestId('end'), deskId: `desk-${i + 1}`, outcome: 'solved' }),
    ),
  );
}

export async function officeDay(hall: Hall, durationMs: number): Promise<DayResult> {
  const watch = new DisplayWatch(hall.displays);
  const r: DayResult = {
    issueMs: [],
    issueFailed: 0,
    callMs: [],
    callToDisplayMs: [],
    missed: 0,
    commands: 0,
    peakPerSecond: 0,
    beats: [],
    captured: null,
  };
  const calls: { ticketId: string; sentAt: number }[] = [];
  const perSecond = new Map<number, number>();
  const t0 = performance.now();
  const end = t0 + durationMs;
  const note = (from: Beat['from'], index: number, sentAt: number, call: boolean) => {
    r.commands++;
    r.beats.push({ at: sentAt - t0, from, index, call });
    const s = Math.floor((sentAt - t0) / 1000);
    perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
  };
  const pending: Promise<unknown>[] = [];

  const kiosks = (async () => {
    let owed = 0;
    for (let k = 0; performance.now() < end; k++) {
      owed += issueRate(Math.floor((performance.now() - t0) / 1000)) / 20;
      for (; owed >= 1; owed--) {
        const index = k % hall.kiosks.length;
        const kiosk = hall.kiosks[index] as BenchSocket;
        const sectorId = `s${'abcdefgh'[Math.floor(Math.random() * SECTORS)]}`;
        const payload = { requestId: requestId('iss'), sectorId, lang: 'kk' };
        pending.push(
          timed<IssuedTicket>(kiosk, 'ticket:issue', payload).then((t) => {
            if (!t.result.ok) return void r.issueFailed++;
            r.issueMs.push(t.ms);
            note('kiosk', index, t.sentAt, false);
          }),
        );
      }
      await sleep(50);
    }
  })();

  const desk = async (op: BenchSocket, i: number) => {
    const deskId = `desk-${i + 1}`;
    let serving = false;
    await sleep(Math.random() * 4000);
    while (performance.now() < end) {
      const t = serving
        ? await timed<TicketBrief | null>(op, 'desk:finish', {
            requestId: requestId('fin'),
            deskId,
            outcome: 'solved',
            callNext: true,
          })
        : await timed<TicketBrief>(op, 'desk:call-next', { requestId: requestId('call'), deskId });
      const called = t.result.ok ? t.result.data : null;
      if (t.result.ok) note('operator', i, t.sentAt, called !== null);
      serving = false;
      if (called) {
        r.callMs.push(t.ms);
        calls.push({ ticketId: called.id, sentAt: t.sentAt });
        const s = await timed(op, 'desk:start', { requestId: requestId('st'), deskId });
        if (s.result.ok) note('operator', i, s.sentAt, false);
        serving = s.result.ok;
      }
      await sleep(3000 + Math.random() * 4000); // a quick service, sped up for the bench
    }
  };

  await Promise.all([kiosks, ...hall.operators.slice(0, DESKS).map(desk)]);
  await Promise.all(pending);
  await sleep(500); // the last broadcasts reach the displays
  const seen = watch.latencies(calls);
  r.callToDisplayMs = seen.ms;
  r.missed = seen.missed;
  r.captured = watch.captured;
  r.peakPerSecond = Math.max(0, ...perSecond.values());
  r.beats.sort((a, b) => a.at - b.at);
  watch.stop();
  return r;
}
