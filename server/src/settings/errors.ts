// Both errors stop the server at start: running on would mean replacing the office's set-up with a seed,
// or a newer server's file being rewritten by older code that drops what it does not know.
import { CorruptFileError } from '../storage/errors.js';

export class SettingsCorruptError extends CorruptFileError {
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(
      file,
      `settings file ${file} ${reason}; fix or restore it (the server will not overwrite it)`,
      options,
    );
    this.name = 'SettingsCorruptError';
  }
}

export class SettingsVersionError extends CorruptFileError {
  constructor(
    file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      file,
      `settings file ${file} has schemaVersion ${found}, but this server knows only up to ${supported}; ` +
        'run the newer server version or restore a backup',
    );
    this.name = 'SettingsVersionError';
  }
}
