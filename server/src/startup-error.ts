// What the server prints when it refuses to start: what is wrong, in which file and line, and what the
// person at the machine can do about it. Refusing is the safe answer to damaged data; a bare stack
// trace is not an answer anyone can act on.
import { ConfigError } from './config.js';
import { CorruptFileError, JournalCorruptError, JournalLostError } from './storage/errors.js';

const RESTORE =
  'restore the data folder from a backup (docs/deploy.md, "The data folder and backups"), or start once with ' +
  '--accept-damaged-journal';

export function describeStartFailure(err: unknown): string {
  if (err instanceof ConfigError) return `configuration: ${err.message}`;
  if (err instanceof JournalCorruptError) {
    const kept = err.line - 1;
    return [
      err.message,
      `what to do: ${RESTORE}: the file is copied to ${err.file}.damaged-<time> as it is, and the day goes`,
      `  on from the ${kept} whole line${kept === 1 ? '' : 's'} before line ${err.line}; ticket numbers continue`,
      '  after the highest the day may have given out, so none is given twice.',
    ].join('\n');
  }
  if (err instanceof JournalLostError) {
    return [
      err.message,
      `what to do: ${RESTORE}: the day then goes on without the lost record, and ticket numbers`,
      '  continue after the reserved ones.',
    ].join('\n');
  }
  if (err instanceof CorruptFileError) {
    return `${err.message}\nwhat to do: repair the file by hand or restore the data folder from a backup.`;
  }
  return String(err instanceof Error ? err.stack : err);
}
