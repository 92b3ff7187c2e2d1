import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalCorruptError, StorageError } from './errors.js';
import type { JournalFsOps } from './journal.js';
import { nodeJournalFsOps, openJournal } from './journal.js';
import { createRecordingLogger } from './logger.js';
import { MemoryJournal } from './memory-journal.js';

interface Entry {
  n: number;
  text?: string;
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-journal-'));
  file = join(dir, 'journal', '2025-03-14.ndjson');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function countingOps(): JournalFsOps & { datasyncs: number; writes: number } {
  const ops = {
    datasyncs: 0,
    writes: 0,
    async write(handle: FileHandle, data: Uint8Array) {
      ops.writes += 1;
      await nodeJournalFsOps.write(handle, data);
    },
    async datasync(handle: FileHandle) {
      ops.datasyncs += 1;
      await nodeJournalFsOps.datasync(handle);
    },
  };
  return ops;
}

describe('file journal', () => {
  it('creates the file and its folder, and reopens to the same entries in order', async () => {
    const log = createRecordingLogger();
    const { entries, journal } = await openJournal<Entry>(file, { log });
    expect(entries).toEqual([]);
    await journal.append({ n: 1, text: 'Қазақ тілі' });
    await journal.append({ n: 2 });
    expect(journal.size).toBe(2);
    await journal.close();

    const reopened = await openJournal<Entry>(file, { log });
    expect(reopened.entries).toEqual([{ n: 1, text: 'Қазақ тілі' }, { n: 2 }]);
    expect(reopened.journal.size).toBe(2);
    await reopened.journal.close();
    expect(log.records).toEqual([]);
  });

  it('hands each entry to onEntry in order without collecting them, and counts them in its size', async () => {
    const path = join(dir, 'replay.ndjson');
    await writeFile(path, '{"n":1}\n{"n":2}\n{"n":3,"text":"Қазақ"}\n{"n":');
    const seen: Entry[] = [];
    const log = createRecordingLogger();
    const { entries, journal } = await openJournal<Entry>(path, { log, onEntry: (e) => seen.push(e) });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3, text: 'Қазақ' }]);
    expect(entries).toEqual([]);
    expect(journal.size).toBe(3);
    expect(log.records.map((r) => r.msg)).toContain(
      'journal: dropping a torn last line left by an interrupted write',
    );
    await journal.close();
  });

  it('with onEntry, still refuses a corrupt middle line and leaves the file untouched', async () => {
    const path = join(dir, 'bad-replay.ndjson');
    const content = '{"n":1}\n{"n":\n{"n":3}\n{"n":';
    await writeFile(path, content);
    const seen: unknown[] = [];
    const error = await openJournal(path, {
      log: createRecordingLogger(),
      onEntry: (e) => seen.push(e),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalCorruptError);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await readFile(path, 'utf8')).toBe(content);
  });

  it('group-commits 50 concurrent appends into far fewer fdatasyncs, keeping their order', async () => {
    const fs = countingOps();
    const { journal } = await openJournal<Entry>(file, { log: createRecordingLogger(), fs });
    // A first append in flight, then 50 arriving while it syncs, as when a hall of kiosks all press at once.
    const first = journal.append({ n: 0 });
    await Promise.resolve();
    await Promise.all([first, ...Array.from({ length: 50 }, (_, i) => journal.append({ n: i + 1 }))]);
    console.log(`journal: 51 appends -> ${fs.datasyncs} fdatasyncs, ${journal.stats.batches} batches`);
    expect(fs.datasyncs).toBeLessThanOrEqual(3);
    expect(journal.stats).toMatchObject({ appends: 51, syncs: fs.datasyncs, batches: fs.datasyncs });
    await journal.close();

    const { entries, journal: again } = await openJournal<Entry>(file, { log: createRecordingLogger() });
    expect(entries.map((e) => e.n)).toEqual(Array.from({ length: 51 }, (_, i) => i));
    await again.close();
  });

  it('writes 50 appends made in the same tick with one write and one fdatasync', async () => {
    const fs = countingOps();
    const { journal } = await openJournal<Entry>(file, { log: createRecordingLogger(), fs });
    await Promise.all(Array.from({ length: 50 }, (_, i) => journal.append({ n: i })));
    expect({ writes: fs.writes, datasyncs: fs.datasyncs }).toEqual({ writes: 1, datasyncs: 1 });
    expect(journal.size).toBe(50);
    await journal.close();
  });

  it('batches appends that arrive from separate ticks while a sync is running', async () => {
    const fs = countingOps();
    const { journal } = await openJournal<Entry>(file, { log: createRecordingLogger(), fs });
    const done: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      done.push(journal.append({ n: i }));
      if (i % 10 === 0) await new Promise((r) => setImmediate(r));
    }
    await Promise.all(done);
    console.log(`journal: 200 appends over 20 ticks -> ${fs.datasyncs} fdatasyncs`);
    expect(fs.datasyncs).toBeLessThan(50);
    await journal.close();
    const { entries, journal: again } = await openJournal<Entry>(file, { log: createRecordingLogger() });
    expect(entries.map((e) => e.n)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    await again.close();
  });

  it('seals each entry once, with its batch, before the batch is written; later appends wait for the next', async () => {
    const order: string[] = [];
    const fs: JournalFsOps = {
      async write(handle, data) {
        order.push(`write ${Buffer.from(data).toString().trim().split('\n').length}`);
        await nodeJournalFsOps.write(handle, data);
      },
      datasync: nodeJournalFsOps.datasync,
    };
    const { journal } = await openJournal<Entry>(file, { log: createRecordingLogger(), fs });
    const sealed = (n: number) => () => void order.push(`sealed ${n}`);
    const first = [journal.append({ n: 1 }, sealed(1)), journal.append({ n: 2 }, sealed(2))];
    await Promise.resolve();
    await Promise.resolve(); // the first batch is now taken and being written
    const later = journal.append({ n: 3 }, sealed(3));
    expect(order).toEqual(['sealed 1', 'sealed 2', 'write 2']);
    await Promise.all([...first, later]);
    expect(order).toEqual(['sealed 1', 'sealed 2', 'write 2', 'sealed 3', 'write 1']);
    await journal.close();
  });

  it('writes a batch even when one of its sealed callbacks throws, and logs it', async () => {
    const log = createRecordingLogger();
    const { journal } = await openJournal<Entry>(file, { log });
    await journal.append({ n: 1 }, () => {
      throw new Error('a listener bug');
    });
    expect(journal.size).toBe(1);
    expect(log.records.map((r) => r.msg)).toContain('journal: a sealed callback threw');
    await journal.close();
  });

  it('measures durable appends from 100 clients each waiting for its acknowledgement', async () => {
    const { journal } = await openJournal<Entry>(file, { log: createRecordingLogger() });
    const latencies: number[] = [];
    const t0 = performance.now();
    // Like 100 sockets each sending its next command only after the previous one was acknowledged.
    await Promise.all(
      Array.from({ length: 100 }, async (_, client) => {
        for (let i = 0; i < 20; i++) {
          const t = performance.now();
          await journal.append({ n: client * 100 + i, text: 'ticket:issued'.padEnd(300, '.') });
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    const p = (q: number) => (latencies[Math.ceil(q * latencies.length) - 1] ?? NaN).toFixed(2);
    console.log(
      `journal: 2000 appends from 100 clients -> ${journal.stats.syncs} fdatasyncs, ` +
        `${Math.round(2000 / seconds)} durable appends/s, latency p50 ${p(0.5)} ms p99 ${p(0.99)} ms`,
    );
    expect(journal.stats.syncs).toBeLessThan(2000);
    await journal.close();

    const one = await openJournal<Entry>(file, { log: createRecordingLogger() });
    const t1 = performance.now();
    for (let i = 0; i < 200; i++) await one.journal.append({ n: i });
    console.log(`journal: one append at a time -> ${((performance.now() - t1) / 200).toFixed(2)} ms each`);
    await one.journal.close();
  });

  it('drops a torn last line, warns with its byte offset and truncates the file durably', async () => {
    const first = await openJournal<Entry>(file, { log: createRecordingLogger() });
    await first.journal.append({ n: 1 });
    await first.journal.append({ n: 2 });
    await first.journal.close();
    const good = await readFile(file, 'utf8');
    const torn = '{"n":3,"entry":{"n":3,"te';
    await writeFile(file, good + torn);
    const log = createRecordingLogger();
    const { entries, journal } = await openJournal<Entry>(file, { log });
    expect(entries).toEqual([{ n: 1 }, { n: 2 }]);
    expect(log.records).toHaveLength(1);
    expect(log.records[0]).toMatchObject({
      level: 'warn',
      obj: { file, offset: Buffer.byteLength(good), droppedBytes: torn.length },
    });
    expect((await stat(file)).size).toBe(Buffer.byteLength(good));
    // Appending after the repair continues on a clean line boundary, and the chain still holds.
    await journal.append({ n: 3 });
    await journal.close();
    const again = await openJournal<Entry>(file, { log: createRecordingLogger() });
    expect(again.entries).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    await again.journal.close();
  });

  it('treats a complete but unterminated last line as torn (its write was never acknowledged)', async () => {
    await writeFile(join(dir, 'x.ndjson'), '{"n":1}\n{"n":2}');
    const log = createRecordingLogger();
    const { entries, journal } = await openJournal<Entry>(join(dir, 'x.ndjson'), { log });
    expect(entries).toEqual([{ n: 1 }]);
    expect(log.records[0]?.obj).toMatchObject({ offset: 8 });
    await journal.close();
  });

  it('refuses to open a journal with a corrupt line that is not the last, and leaves it untouched', async () => {
    const path = join(dir, 'bad.ndjson');
    const content = '{"n":1}\n{"n":2}\n{"n":\n{"n":4}\n';
    await writeFile(path, content);
    const error = await openJournal(path, { log: createRecordingLogger() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalCorruptError);
    expect(error).toMatchObject({ file: path, line: 3 });
    expect((error as Error).message).toContain(path);
    expect(await readFile(path, 'utf8')).toBe(content);
  });

  it('cuts a write that failed halfway (a full disk) back to the last whole line', async () => {
    let full = false;
    const fs: JournalFsOps = {
      async write(handle, data) {
        if (!full) return nodeJournalFsOps.write(handle, data);
        await nodeJournalFsOps.write(handle, data.subarray(0, 5)); // what fitted
        throw Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG' });
      },
      datasync: nodeJournalFsOps.datasync,
    };
    const { journal } = await openJournal<Entry>(file, { log: createRecordingLogger(), fs });
    await journal.append({ n: 1, text: 'Қазақ' });
    const whole = await readFile(file, 'utf8');
    full = true;
    await expect(journal.append({ n: 2 })).rejects.toBeInstanceOf(StorageError);
    expect(await readFile(file, 'utf8')).toBe(whole);
    await journal.close();
  });

  it('after a failed sync rejects that batch, everything queued behind it, and every later append', async () => {
    let failNext = false;
    const fs: JournalFsOps = {
      write: nodeJournalFsOps.write,
      async datasync(handle) {
        if (failNext) throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
        await nodeJournalFsOps.datasync(handle);
      },
    };
    const log = createRecordingLogger();
    const { journal } = await openJournal<Entry>(file, { log, fs });
    await journal.append({ n: 1 });
    failNext = true;
    const doomed = journal.append({ n: 2 });
    await Promise.resolve();
    // Queued while the failing sync is in flight: a later batch.
    const queued = [journal.append({ n: 3 }), journal.append({ n: 4 })];
    const results = await Promise.allSettled([doomed, ...queued]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      const reason = (r as PromiseRejectedResult).reason as StorageError;
      expect(reason).toBeInstanceOf(StorageError);
      expect(reason.cause).toMatchObject({ code: 'EIO' });
    }
    expect(journal.failed).toBe(true);
    expect(journal.size).toBe(1);
    await expect(journal.append({ n: 5 })).rejects.toBeInstanceOf(StorageError);
    expect(log.records.filter((r) => r.level === 'error')).toHaveLength(1);
    await journal.close();
  });

  it('rejects appends after close', async () => {
    const { journal } = await openJournal<Entry>(file, { log: createRecordingLogger() });
    const pending = journal.append({ n: 1 });
    await journal.close();
    await pending;
    await expect(journal.append({ n: 2 })).rejects.toThrow(/closed/);
  });
});

describe('memory journal', () => {
  it('keeps JSON copies of entries and fails like the file journal', async () => {
    const journal = new MemoryJournal<Entry>([{ n: 0 }]);
    const entry = { n: 1 };
    await journal.append(entry);
    entry.n = 99;
    expect(journal.entries).toEqual([{ n: 0 }, { n: 1 }]);
    expect(journal.size).toBe(2);
    journal.breakWith();
    expect(journal.failed).toBe(true);
    await expect(journal.append({ n: 2 })).rejects.toBeInstanceOf(StorageError);
    expect(journal.size).toBe(2);
  });
});
