// Settled cases (answered or redirected long enough ago) leave memory and the live journal for a file
// per registration year, one case a line, so years of cases cost neither start-up time nor memory.
// A code index (code, year, byte offset) lets a visitor's old receipt still open its status page;
// reports read the years they cover. Archiving twice (a crash before the journal was rewritten) only
// repeats lines: readers keep the last line of each case.
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Case, ReportCase } from '@kezek/shared';
import { ensureDirDurable } from '../storage/durable-file.js';

export interface CaseArchive {
  add(cases: readonly Case[]): Promise<void>;
  /** What the report needs of the archived cases registered in `year` (a small row each). */
  reportRows(year: number): Promise<ReportCase[]>;
  findByCode(code: string): Promise<Case | null>;
}

interface Place {
  year: number;
  offset: number;
  length: number;
}

const yearOf = (k: Case): number => Number(k.registeredOn.slice(0, 4));

/** A report row as a JSON array: a year of cases parses in a fraction of the time of whole cases. */
type Row = [
  string,
  string,
  number,
  number,
  Case['status'],
  number | null,
  string | null,
  0 | 1,
  0 | 1,
  string,
  string | null,
  string | null,
  string,
];

const toRow = (k: Case): Row => [
  k.id,
  k.registeredOn,
  k.registeredAt,
  k.dueAt,
  k.status,
  k.answer?.at ?? null,
  k.answer?.by ?? null,
  k.extension ? 1 : 0,
  k.source.kind === 'visit' ? 1 : 0,
  k.sectorId,
  k.serviceId,
  k.assigneeId,
  k.registeredBy,
];

const fromRow = (r: Row): ReportCase => ({
  id: r[0],
  registeredOn: r[1],
  registeredAt: r[2],
  dueAt: r[3],
  status: r[4],
  answer: r[5] === null ? null : { at: r[5], by: r[6] ?? '' },
  extension: r[7] ? {} : null,
  source: { kind: r[8] ? 'visit' : 'desk' },
  sectorId: r[9],
  serviceId: r[10],
  assigneeId: r[11],
  registeredBy: r[12],
});

async function appendDurable(path: string, data: Buffer): Promise<number> {
  const handle = await open(path, 'a');
  try {
    const { size } = await handle.stat();
    await handle.write(data);
    await handle.datasync();
    return size;
  } finally {
    await handle.close();
  }
}

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}

/** Whole lines only: a line torn by a power cut is the tail of an append that never finished. */
function parseLines<T>(text: string): T[] {
  const out: T[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      // torn tail
    }
  }
  return out;
}

export function fileCaseArchive(dir: string): CaseArchive {
  const codesPath = join(dir, 'codes.ndjson');
  let codes: Map<string, Place> | null = null;
  const yearPath = (y: number) => join(dir, `${y}.ndjson`);
  const rowsPath = (y: number) => join(dir, `${y}.rows.ndjson`);

  async function index(): Promise<Map<string, Place>> {
    if (codes) return codes;
    const map = new Map<string, Place>();
    for (const p of parseLines<{ c: string } & Place>(await readOrEmpty(codesPath))) map.set(p.c, p);
    codes = map;
    return map;
  }

  return {
    async add(cases) {
      if (cases.length === 0) return;
      await ensureDirDurable(dir);
      const byYear = new Map<number, Case[]>();
      for (const k of cases) {
        const list = byYear.get(yearOf(k));
        if (list) list.push(k);
        else byYear.set(yearOf(k), [k]);
      }
      const places: string[] = [];
      for (const [year, list] of byYear) {
        const lines = list.map((k) => Buffer.from(`${JSON.stringify(k)}\n`));
        let offset = await appendDurable(yearPath(year), Buffer.concat(lines));
        await appendDurable(
          rowsPath(year),
          Buffer.from(`${list.map((k) => JSON.stringify(toRow(k))).join('\n')}\n`),
        );
        list.forEach((k, i) => {
          const length = (lines[i]?.length ?? 1) - 1;
          places.push(JSON.stringify({ c: k.code, year, offset, length }));
          codes?.set(k.code, { year, offset, length });
          offset += length + 1;
        });
      }
      await appendDurable(codesPath, Buffer.from(`${places.join('\n')}\n`));
    },
    async reportRows(year) {
      const last = new Map<string, ReportCase>();
      for (const r of parseLines<Row>(await readOrEmpty(rowsPath(year)))) last.set(r[0], fromRow(r));
      return [...last.values()];
    },
    async findByCode(code) {
      const place = (await index()).get(code);
      if (!place) return null;
      const handle = await open(yearPath(place.year), 'r');
      try {
        const buf = Buffer.alloc(place.length);
        await handle.read(buf, 0, place.length, place.offset);
        const k = JSON.parse(buf.toString('utf8')) as Case;
        return k.code === code ? k : null;
      } finally {
        await handle.close();
      }
    },
  };
}

export function memoryCaseArchive(): CaseArchive {
  const kept = new Map<string, Case>();
  return {
    add: (cases) => {
      for (const k of cases) kept.set(k.id, structuredClone(k));
      return Promise.resolve();
    },
    reportRows: (year) => Promise.resolve([...kept.values()].filter((k) => yearOf(k) === year)),
    findByCode: (code) => Promise.resolve([...kept.values()].find((k) => k.code === code) ?? null),
  };
}
