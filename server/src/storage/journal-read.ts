// Reading a journal at open: every line must be JSON, except that the last one may be torn by a power
// cut in the middle of a write (that write was never acknowledged, so dropping it loses nothing).
import { JournalCorruptError } from './errors.js';

const NEWLINE = 0x0a;

export interface ParsedJournal {
  /** Empty when the entries went to `onEntry`. */
  entries: unknown[];
  /** Whole entries read, kept or handed over. */
  count: number;
  /** Byte length of the good part; less than the file's length when the last line is torn. */
  goodLength: number;
}

/**
 * With `onEntry`, each entry is handed over as soon as it is read and not kept: replaying a big day then
 * never holds the whole day's entries at once (a 40,000-event day is ~100 MB of objects).
 */
export function parseJournal(
  file: string,
  bytes: Uint8Array,
  onEntry?: (entry: unknown) => void,
): ParsedJournal {
  const entries: unknown[] = [];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    lineNo += 1;
    const end = text.indexOf(NEWLINE, start);
    const terminated = end !== -1;
    const stop = terminated ? end : text.length;
    const isLast = !terminated || stop + 1 === text.length;
    const value = tryParse(text.toString('utf8', start, stop));
    if (value === undefined || !terminated) {
      if (isLast) return { entries, count: lineNo - 1, goodLength: start };
      throw new JournalCorruptError(file, lineNo);
    }
    if (onEntry) onEntry(value);
    else entries.push(value);
    start = stop + 1;
  }
  return { entries, count: lineNo, goodLength: start };
}

// undefined, not null: `null` is valid JSON, though never an entry we write.
function tryParse(line: string): unknown {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
