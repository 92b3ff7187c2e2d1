import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalCorruptError, StorageError } from './errors.js';
import { openJournal } from './journal.js';
import { createRecordingLogger } from './logger.js';

interface Entry {
  seq: number;
  text?: string;
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-integrity-'));
  file = join(dir, 'journal', '2025-03-14.ndjson');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function written(count: number): Promise<string[]> {
  const { journal } = await openJournal<Entry>(file, { log: createRecordingLogger() });
  for (let seq = 1; seq <= count; seq++) await journal.append({ seq, text: `Кезек ${seq}` });
  await journal.close();
  return (await readFile(file, 'utf8')).split('\n');
}

async function refusal(content: string): Promise<JournalCorruptError> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
  const error = await openJournal(file, { log: createRecordingLogger() }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(JournalCorruptError);
  expect(await readFile(file, 'utf8')).toBe(content);
  return error as JournalCorruptError;
}

describe('journal integrity', () => {
  it('starts with a header naming format 2 and frames every entry with its line number and checksum', async () => {
    const lines = await written(2);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ kezekJournal: 2 });
    expect(JSON.parse(lines[1] ?? '')).toEqual({
      n: 1,
      entry: { seq: 1, text: 'Кезек 1' },
      crc: expect.any(Number),
    });
    expect(JSON.parse(lines[2] ?? '')).toMatchObject({ n: 2, entry: { seq: 2 } });
    expect(lines[3]).toBe('');
    const { entries, journal } = await openJournal<Entry>(file, { log: createRecordingLogger() });
    expect(entries.map((e) => e.seq)).toEqual([1, 2]);
    await journal.close();
  });

  it('refuses a journal with a line removed from the middle, naming the line after the gap', async () => {
    const lines = await written(4);
    lines.splice(2, 1);
    const error = await refusal(lines.join('\n'));
    expect(error).toMatchObject({ file, line: 3 });
    expect(error.message).toMatch(/numbered 3 after 1: lines are missing/);
  });

  it('refuses a valid-JSON edit of a line because its checksum no longer matches', async () => {
    const lines = await written(3);
    lines[2] = (lines[2] ?? '').replace('Кезек 2', 'Кезек 9');
    const error = await refusal(lines.join('\n'));
    expect(error).toMatchObject({ line: 3, reason: expect.stringMatching(/checksum does not match/) });
  });

  it('refuses an edited last line instead of taking it for a torn write', async () => {
    const lines = await written(3);
    lines[3] = (lines[3] ?? '').replace('"seq":3', '"seq":30');
    expect(await refusal(lines.join('\n'))).toMatchObject({ line: 4 });
  });

  it("refuses a line whose number was changed, and one whose entry's seq was changed", async () => {
    const lines = await written(3);
    const renumbered = [...lines];
    renumbered[2] = (renumbered[2] ?? '').replace('{"n":2', '{"n":5');
    expect((await refusal(renumbered.join('\n'))).reason).toMatch(/numbered 5 after 1/);
    const reseq = [...lines];
    reseq[2] = (reseq[2] ?? '').replace('"seq":2', '"seq":7');
    expect((await refusal(reseq.join('\n'))).reason).toMatch(/checksum/);
  });

  it('refuses a line copied in from another journal (the chain starts from each file header)', async () => {
    const ours = await written(2);
    await rm(file);
    const theirs = await written(2);
    expect(ours[0]).not.toBe(theirs[0]);
    const mixed = [theirs[0], ours[1], theirs[2], ''];
    expect(await refusal(mixed.join('\n'))).toMatchObject({ line: 2 });
  });

  it('refuses a header of a newer format and tells to run the newer server', async () => {
    const error = await refusal('{"kezekJournal":3,"createdAt":1,"crc":0}\n');
    expect(error.reason).toMatch(/format 3; this server reads up to 2: run the newer server/);
  });

  it('still reads a format-1 journal without checksums, says so, and goes on in format 1', async () => {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, '{"seq":1}\n{"seq":2}\n');
    const log = createRecordingLogger();
    const { entries, journal } = await openJournal<Entry>(file, { log });
    expect(entries).toEqual([{ seq: 1 }, { seq: 2 }]);
    expect(log.records).toContainEqual(expect.objectContaining({ level: 'info', obj: { file, format: 1 } }));
    await journal.append({ seq: 3 });
    await journal.close();
    expect(await readFile(file, 'utf8')).toBe('{"seq":1}\n{"seq":2}\n{"seq":3}\n');
  });

  it('turns an entry the replay throws on into damage at its line, not a bare TypeError', async () => {
    await written(3);
    const error = await openJournal<Entry>(file, {
      log: createRecordingLogger(),
      onEntry: (e) => {
        if (e.seq === 2) (null as unknown as { events: unknown[] }).events.push(1);
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalCorruptError);
    expect(error).toMatchObject({ line: 3, reason: expect.stringMatching(/cannot be replayed \(TypeError/) });
  });

  it('acknowledges an append only once its companion write is done, and fails the batch with it', async () => {
    let release = () => {};
    let fail = false;
    const { journal } = await openJournal<Entry>(file, {
      log: createRecordingLogger(),
      alongside: (e) =>
        e.seq === 1
          ? new Promise<void>((r) => (release = r))
          : fail
            ? Promise.reject(new Error('disk full'))
            : null,
    });
    let acked = false;
    const first = journal.append({ seq: 1 }).then(() => (acked = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(acked).toBe(false);
    release();
    await first;
    const before = await readFile(file, 'utf8');
    fail = true;
    await expect(journal.append({ seq: 2 })).rejects.toBeInstanceOf(StorageError);
    // Cut back: the entry whose companion failed is not left in the file to be replayed as acknowledged.
    expect(await readFile(file, 'utf8')).toBe(before);
    await journal.close();
  });
});
