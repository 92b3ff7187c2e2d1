import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Logger } from './logger.js';
import { createRecordingLogger } from './logger.js';

describe('Logger', () => {
  it('is satisfied by a pino logger, so the server passes its own', () => {
    const log: Logger = pino({ enabled: false });
    expect(() => log.warn({ offset: 3 }, 'torn line')).not.toThrow();
  });

  it('has a recording twin that keeps what was logged', () => {
    const log = createRecordingLogger();
    log.error({ code: 'EIO' }, 'journal failed');
    expect(log.records).toEqual([{ level: 'error', obj: { code: 'EIO' }, msg: 'journal failed' }]);
  });
});
