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

export class JournalCorruptError extends CorruptFileError {
  constructor(
    file: string,
    readonly line: number,
    options?: { cause?: unknown },
  ) {
    super(file, `journal ${file} is corrupt at line ${line}; it was left untouched`, options);
    this.name = 'JournalCorruptError';
  }
}
