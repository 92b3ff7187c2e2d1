// The office over real files: numbers reserved outside the journal, a lost or damaged journal refused
// with the file and line named, and the same damage accepted on request without giving a number twice.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command, Ticket } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { Office } from '../office/office.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { journalPath } from './day-archive.js';
import { CorruptFileError, JournalCorruptError, JournalLostError } from './errors.js';
import { fileDayStore } from './file-day-store.js';
import { createRecordingLogger } from './logger.js';
import { numbersPath, RESERVE_AHEAD } from './number-reserve.js';

// 2026-03-02 11:00 in Almaty.
const NOW = Date.UTC(2026, 2, 2, 6, 0);
const DAY = '2026-03-02';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-daystore-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function start(acceptDamagedJournal = false, log = createRecordingLogger()): Promise<Office> {
  let id = 0;
  const store = await fileDayStore(dir, log, { acceptDamagedJournal, config: () => DEMO_OFFICE });
  return Office.start({
    store,
    clock: () => NOW,
    newId: () => `id${++id}-${Math.random().toString(36).slice(2)}`,
    log: silentLogger,
    config: () => DEMO_OFFICE,
    operatorNames: () => ({}),
  });
}

const issue: Command = {
  type: 'issue',
  sectorId: 'legal',
  serviceId: null,
  priority: null,
  lang: 'kk',
  source: 'k',
};
const number = (_e: unknown, s: { tickets: Record<string, Ticket> }) =>
  Object.values(s.tickets).at(-1)?.number;

async function issueMany(office: Office, count: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await office.run(issue, { actorId: 'k', requestId: null }, number);
    if (!r.ok) throw new Error(r.error);
    out.push(r.data ?? '');
  }
  return out;
}

const reservedFile = async () =>
  JSON.parse(await readFile(numbersPath(dir), 'utf8')) as { days: Record<string, Record<string, number>> };

describe('file day store', () => {
  it('reserves numbers ahead in journal/numbers.json, always above every number acknowledged', async () => {
    const office = await start();
    const reservations = new Set<number>();
    for (let i = 0; i < 4 * RESERVE_AHEAD; i++) {
      const [number] = await issueMany(office, 1);
      // Read right after the acknowledgement: the number must already be covered on disk.
      const { legal = 0 } = (await reservedFile()).days[DAY] ?? {};
      expect(legal).toBeGreaterThanOrEqual(Number(number?.slice(1)));
      reservations.add(legal);
    }
    // Written about twice a block (the first block, then a top-up half-way through each), not per ticket.
    expect(reservations.size).toBeLessThanOrEqual(4 * 2 + 1);
    await office.close();
  });

  it.each([
    ['emptied', () => writeFile(journalPath(dir, DAY), '')],
    ['deleted', () => rm(journalPath(dir, DAY))],
  ])('refuses to start over a journal %s after the day gave out numbers', async (_, damage) => {
    const office = await start();
    await issueMany(office, 3);
    await office.close();
    await damage();
    const error = await start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalLostError);
    expect(error).toMatchObject({ file: journalPath(dir, DAY) });
    expect((error as Error).message).toMatch(/legal up to 51/);
  });

  it('refuses a number reservation file it cannot read, naming it', async () => {
    const office = await start();
    await office.close();
    await writeFile(numbersPath(dir), '{"schemaVersion":1,"days":{"2026-03-02":{"legal":"many"}}}');
    const error = await start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect(error).toMatchObject({ file: numbersPath(dir) });
  });

  it('forgets the numbers of a day once it is archived', async () => {
    const office = await start();
    await issueMany(office, 2);
    expect(await office.closeDay({ actorId: 'head', requestId: null })).toMatchObject({ ok: true });
    await office.close();
    expect((await reservedFile()).days).toEqual({});
  });

  it('finds a lost journal of an earlier day too, which would otherwise vanish without an archive', async () => {
    const office = await start();
    await issueMany(office, 2);
    await office.close();
    await rm(journalPath(dir, DAY));
    const store = await fileDayStore(dir, silentLogger, { config: () => DEMO_OFFICE });
    expect(await store.openDays()).toEqual([DAY]);
  });

  it.each([
    ['an entry without events', '{"seq":1,"at":1,"req":null,"ack":null}'],
    [
      'an event for a ticket nobody issued',
      '{"seq":1,"at":1,"req":null,"ack":null,"events":[{"type":"ticket:started","at":1,"ticketId":"x","deskId":"d1"}]}',
    ],
    [
      'a gap in the sequence',
      '{"seq":1,"at":1,"req":null,"ack":null,"events":[]}\n{"seq":3,"at":1,"req":null,"ack":null,"events":[]}',
    ],
  ])('refuses a format-1 journal with %s, naming its line', async (_, lines) => {
    const office = await start();
    await office.close();
    await writeFile(journalPath(dir, DAY), `${lines}\n{"seq":9}\n`);
    const error = await start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalCorruptError);
    expect((error as JournalCorruptError).line).toBe(lines.split('\n').length);
  });

  it('accepts a damaged journal on request: keeps a copy, goes on from the good prefix, never repeats a number', async () => {
    const office = await start();
    const before = await issueMany(office, 6);
    await office.close();
    const path = journalPath(dir, DAY);
    const original = await readFile(path, 'utf8');
    const lines = original.split('\n');
    lines.splice(3, 1); // header, open-day, A001, [A002 removed], A003…
    await writeFile(path, lines.join('\n'));
    await expect(start()).rejects.toBeInstanceOf(JournalCorruptError);

    const log = createRecordingLogger();
    const accepted = await start(true, log);
    const kept = Object.values(accepted.queue.tickets).map((t) => t.number);
    expect(kept).toEqual(['A001']);
    const [next] = await issueMany(accepted, 1);
    expect(before).not.toContain(next);
    expect(next).toBe(`A0${1 + RESERVE_AHEAD + 1}`);
    await accepted.close();
    const copies = (await readdir(join(dir, 'journal'))).filter((n) =>
      n.startsWith(`${DAY}.ndjson.damaged-`),
    );
    expect(copies).toHaveLength(1);
    expect(await readFile(join(dir, 'journal', copies[0] ?? ''), 'utf8')).toBe(lines.join('\n'));
    expect(log.records.map((r) => r.msg)).toContain(
      'journal: damaged journal accepted (--accept-damaged-journal); the day goes on from its good prefix',
    );
    // The skip is journaled: a plain restart now starts cleanly and keeps numbering where it was.
    const again = await start();
    expect(await issueMany(again, 1)).toEqual([`A0${1 + RESERVE_AHEAD + 2}`]);
    await again.close();
  });

  it('accepts a deleted journal on request and numbers on after the reserved numbers', async () => {
    const office = await start();
    await issueMany(office, 4);
    await office.close();
    await rm(journalPath(dir, DAY));
    const accepted = await start(true);
    expect(await issueMany(accepted, 1)).toEqual([`A0${1 + RESERVE_AHEAD + 1}`]);
    await accepted.close();
  });
});
