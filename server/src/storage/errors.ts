// Storage errors carry the underlying fs error as `cause`, so the log shows the errno while the client
// only ever sees the `storage_failed` code.

export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A file exists but its content cannot be trusted; starting anyway could overwrite the office's data. */
export class CorruptFileError extends StorageError {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CorruptFileError';
  }
}

/** A journal line other than a torn last one cannot be trusted; nothing in the file was changed. */
export class JournalCorruptError extends CorruptFileError {
  constructor(
    file: string,
    readonly line: number,
    readonly reason = 'is not a whole JSON line',
    /** Bytes of the whole, trusted lines before `line`: the good prefix. */
    readonly goodLength = 0,
    options?: { cause?: unknown },
  ) {
    super(file, `journal ${file}, line ${line}: ${reason}; the file was left untouched`, options);
    this.name = 'JournalCorruptError';
  }
}

/** A day's journal is missing or empty although the office proves it gave out numbers that day. */
export class JournalLostError extends CorruptFileError {
  constructor(
    file: string,
    readonly reason: string,
  ) {
    super(file, `journal ${file} ${reason}`);
    this.name = 'JournalLostError';
  }
}
