// The bench's case phase: a 5-year case history seeded into the archive before the server starts (what
// an office that opens ~50,000 cases a year holds after five years), then specialists open, note and
// answer cases under load; the head's case report over the last full year is timed over the socket.
import type { Case, OfficeConfig } from '@kezek/shared';
import { fileCaseArchive } from '../cases/case-archive.js';
import { join } from 'node:path';
import { requestId, timed, type BenchSocket } from './clients.js';

const DAY_MS = 86_400_000;
export const CASES_PER_YEAR = 50_000;
const YEARS = 5;

/** Settled cases of the five years before `now`, written as the archive holds them. */
export async function seedCaseHistory(dir: string, config: OfficeConfig, now: number): Promise<number> {
  const archive = fileCaseArchive(join(dir, 'cases', 'archive'));
  const sectors = config.sectors.map((s) => s.id);
  const start = now - YEARS * 365 * DAY_MS;
  const total = YEARS * CASES_PER_YEAR;
  const batch: Case[] = [];
  for (let i = 0; i < total; i += 1) {
    const registeredAt = start + Math.floor((i * (now - 90 * DAY_MS - start)) / total);
    const registeredOn = new Date(registeredAt + 5 * 3600_000).toISOString().slice(0, 10);
    const year = registeredOn.slice(0, 4);
    const dueAt = registeredAt + 21 * DAY_MS;
    const answeredAt = registeredAt + ((i % 30) + 1) * DAY_MS;
    const by = `u-op${(i % 60) + 1}`;
    batch.push({
      id: `h${i.toString(36)}`,
      number: `BENCH-${year}-${String(i % CASES_PER_YEAR).padStart(5, '0')}`,
      code: `hc${i.toString(36)}x${(i * 7919).toString(36)}`,
      sectorId: sectors[i % sectors.length] ?? 'sa',
      serviceId: null,
      topic: 'An appeal about a matter of the district',
      lang: i % 2 ? 'kk' : 'ru',
      contact: { name: null, phone: null, iin: null },
      source:
        i % 3
          ? { kind: 'visit', ticketId: `t${i}`, ticketNumber: 'A001', day: registeredOn }
          : { kind: 'desk' },
      registeredAt,
      registeredOn,
      registeredBy: by,
      assigneeId: by,
      status: 'answered',
      dueOn: new Date(dueAt).toISOString().slice(0, 10),
      dueAt,
      extensionLimitOn: new Date(registeredAt + 60 * DAY_MS).toISOString().slice(0, 10),
      redirectByOn: new Date(registeredAt + 4 * DAY_MS).toISOString().slice(0, 10),
      extension: null,
      redirect: null,
      answer: { at: answeredAt, by, result: 'solved', text: 'The question was solved.' },
      history: [
        { type: 'case:opened', at: registeredAt, by },
        {
          type: 'case:answered',
          at: answeredAt,
          caseId: `h${i.toString(36)}`,
          by,
          result: 'solved',
          text: 'Solved.',
        },
      ],
    });
    if (batch.length === 10_000) await archive.add(batch.splice(0));
  }
  await archive.add(batch);
  return total;
}

export interface CasePhase {
  answerMs: number[];
  openMs: number[];
  refused: number;
}

/** Each specialist opens a case, notes it and answers it, as fast as acks come, for `ms`. */
export async function casePhase(
  operators: readonly BenchSocket[],
  sectorIds: string[],
  ms: number,
): Promise<CasePhase> {
  const out: CasePhase = { answerMs: [], openMs: [], refused: 0 };
  const until = performance.now() + ms;
  await Promise.all(
    operators.map(async (op, i) => {
      while (performance.now() < until) {
        const sectorId = sectorIds[i % sectorIds.length] ?? 'sa';
        const payload = { requestId: requestId('co'), sectorId, topic: 'Bench appeal', lang: 'kk' };
        const opened = await timed<{ id: string }>(op, 'case:open', payload);
        if (!opened.result.ok) {
          out.refused += 1;
          continue;
        }
        out.openMs.push(opened.ms);
        const caseId = opened.result.data.id;
        await timed(op, 'case:note', { requestId: requestId('cn'), caseId, text: 'Called the applicant' });
        const answer = { requestId: requestId('ca'), caseId, result: 'consulted', text: 'Explained' };
        const answered = await timed(op, 'case:answer', answer);
        if (answered.result.ok) out.answerMs.push(answered.ms);
        else out.refused += 1;
      }
    }),
  );
  return out;
}

/** The head's report over the last full year, timed at the socket (the archive is read each time). */
export async function caseReportTimes(head: BenchSocket, now: number, runs: number): Promise<number[]> {
  const year = Number(new Date(now).toISOString().slice(0, 4)) - 1;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const r = await timed(head, 'case:report', { from: `${year}-01-01`, to: `${year}-12-31` });
    if (!r.result.ok) throw new Error(`case report refused: ${r.result.error}`);
    times.push(r.ms);
  }
  return times;
}
