import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { describeStartFailure } from './startup-error.js';
import { JournalCorruptError, JournalLostError } from './storage/errors.js';
import { SettingsCorruptError } from './settings/errors.js';

describe('the refusal to start', () => {
  it('names the journal, the line, how many lines would be kept and both ways on', () => {
    const text = describeStartFailure(
      new JournalCorruptError('/d/journal/2026-03-02.ndjson', 5, 'is numbered 5 after 3'),
    );
    expect(text).toContain('/d/journal/2026-03-02.ndjson, line 5: is numbered 5 after 3');
    expect(text).toContain('restore the data folder from a backup');
    expect(text).toContain('--accept-damaged-journal');
    expect(text).toContain('from the 4 whole lines before line 5');
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('says what a lost journal means and what a bad settings field or configuration needs', () => {
    const lost = describeStartFailure(new JournalLostError('/d/journal/x.ndjson', 'is missing or empty'));
    expect(lost).toMatch(/x\.ndjson is missing or empty[\s\S]*--accept-damaged-journal/);
    const settings = describeStartFailure(
      new SettingsCorruptError('/d/settings.json', 'has fields of the wrong shape (users: …)'),
    );
    expect(settings).toMatch(
      /settings\.json has fields of the wrong shape[\s\S]*restore the data folder from a backup/,
    );
    expect(describeStartFailure(new ConfigError('port must be…'))).toBe('configuration: port must be…');
  });
});
