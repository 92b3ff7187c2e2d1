import { pino } from 'pino';

import type { Logger as StorageLogger } from './storage/logger.js';

/** The slice of pino the server uses, so tests can pass a silent or recording logger. */
export interface Logger extends StorageLogger {
  debug(obj: object, msg?: string): void;
}

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'kezek' } });
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {}, debug() {} };
