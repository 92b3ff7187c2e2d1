// Reading a journal at open: every line must be whole and, in format 2, continue the checksum chain
// (journal-format.ts). Only the last line may be torn by a power cut in the middle of a write: that write
// was never acknowledged, so dropping it loses nothing. A last line that reads as JSON but breaks the
// chain was not torn (a cut never makes valid JSON with the wrong checksum): it is damage like any other.
import { JournalCorruptError } from './errors.js';
import { checkLine, isHeader, type ChainState, type JournalFormat } from './journal-format.js';

const NEWLINE = 0x0a;

export interface ParsedJournal {
  /** Empty when the entries went to `onEntry`. */
  entries: unknown[];
  /** Whole entries read, kept or handed over. */
  count: number;
  /** Byte length of the good part; less than the file's length when the last line is torn. */
  goodLength: number;
  /** null when the file holds no whole line (empty, or only a torn one). */
  format: JournalFormat | null;
  /** Format 2: the chain after the last good line, which the next appended line continues. */
  chain: ChainState | null;
}

/**
 * With `onEntry`, each entry is handed over as soon as it is read and not kept: replaying a big day then
 * never holds the whole day's entries at once (a 40,000-event day is ~100 MB of objects). An entry that
 * `onEntry` throws on is damage at that line too, so a malformed line never ends in a bare TypeError.
 */
export function parseJournal(
  file: string,
  bytes: Uint8Array,
  onEntry?: (entry: unknown) => void,
): ParsedJournal {
  const entries: unknown[] = [];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: JournalFormat | null = null;
  let chain: ChainState | null = null;
  let count = 0;
  let start = 0;
  let lineNo = 0;
  const done = (goodLength: number): ParsedJournal => ({ entries, count, goodLength, format, chain });
  while (start < text.length) {
    lineNo += 1;
    const end = text.indexOf(NEWLINE, start);
    const terminated = end !== -1;
    const stop = terminated ? end : text.length;
    const isLast = !terminated || stop + 1 === text.length;
    const line = text.toString('utf8', start, stop);
    const value = tryParse(line);
    const damaged = (reason: string) => new JournalCorruptError(file, lineNo, reason, start);
    if (value === undefined || !terminated) {
      if (isLast) return done(start);
      throw damaged('is not a whole JSON line');
    }
    format ??= isHeader(value) ? 2 : 1;
    let entry: object = value;
    if (format === 2) {
      const checked = checkLine(text.subarray(start, stop), value, chain);
      if (checked.kind === 'bad') throw damaged(checked.problem);
      chain = checked.chain;
      if (checked.kind === 'header') {
        start = stop + 1;
        continue;
      }
      entry = checked.entry;
    } else if (isHeader(value)) {
      throw damaged('is a journal header in the middle of a file');
    }
    try {
      if (onEntry) onEntry(entry);
      else entries.push(entry);
    } catch (cause) {
      throw new JournalCorruptError(file, lineNo, `cannot be replayed (${String(cause)})`, start, { cause });
    }
    count += 1;
    start = stop + 1;
  }
  return done(start);
}

// undefined, not null: `null` is valid JSON, though never an entry we write.
function tryParse(line: string): object | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
