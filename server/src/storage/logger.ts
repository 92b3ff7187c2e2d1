// The few logger methods storage needs. pino's Logger satisfies it, and tests pass a recorder instead
// of silencing output, so they can assert that a torn write or a stale journal was reported.
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface LogRecord {
  level: 'info' | 'warn' | 'error';
  obj: object;
  msg: string | undefined;
}

export interface RecordingLogger extends Logger {
  records: LogRecord[];
}

export function createRecordingLogger(): RecordingLogger {
  const records: LogRecord[] = [];
  return {
    records,
    info: (obj, msg) => void records.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => void records.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => void records.push({ level: 'error', obj, msg }),
  };
}
