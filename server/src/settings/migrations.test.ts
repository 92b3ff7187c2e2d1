import { describe, expect, it } from 'vitest';
import { SettingsCorruptError, SettingsVersionError } from './errors.js';
import type { Migration } from './migrations.js';
import { MIGRATIONS, migrateSettings } from './migrations.js';
import { SETTINGS_SCHEMA_VERSION } from './types.js';

describe('settings migrations', () => {
  it('has exactly one migration per schema version', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_SCHEMA_VERSION);
  });

  it('runs the migrations from the file version up to the target, in order, stamping each version', () => {
    const steps: Migration[] = [
      (d) => ({ ...d, trail: [...((d.trail as string[]) ?? []), `0>1@${String(d.schemaVersion)}`] }),
      (d) => ({ ...d, trail: [...(d.trail as string[]), `1>2@${String(d.schemaVersion)}`] }),
      (d) => ({ ...d, trail: [...(d.trail as string[]), `2>3@${String(d.schemaVersion)}`] }),
    ];
    const fromOne = migrateSettings('f', { schemaVersion: 1, trail: [] }, steps, 3);
    expect(fromOne.from).toBe(1);
    expect(fromOne.settings).toEqual({ schemaVersion: 3, trail: ['1>2@1', '2>3@2'] });
    expect(migrateSettings('f', {}, steps, 3).settings).toMatchObject({
      trail: ['0>1@undefined', '1>2@1', '2>3@2'],
    });
  });

  it('returns a current document unchanged', () => {
    const doc = { schemaVersion: SETTINGS_SCHEMA_VERSION, anything: 1 };
    expect(migrateSettings('f', doc)).toEqual({ settings: doc, from: SETTINGS_SCHEMA_VERSION });
  });

  it('rejects non-objects, odd versions and versions from the future', () => {
    expect(() => migrateSettings('f', [])).toThrow(SettingsCorruptError);
    expect(() => migrateSettings('f', { schemaVersion: '1' })).toThrow(SettingsCorruptError);
    expect(() => migrateSettings('f', { schemaVersion: 1.5 })).toThrow(SettingsCorruptError);
    expect(() => migrateSettings('f', { schemaVersion: SETTINGS_SCHEMA_VERSION + 1 })).toThrow(
      SettingsVersionError,
    );
  });
});

describe('migration 1 -> 2', () => {
  it('gives every device no printer and no scope, and the office default content', () => {
    const v1 = { schemaVersion: 1, devices: [{ id: 'k1', kind: 'kiosk' }], content: { volume: 0.3 } };
    const { settings } = migrateSettings('settings.json', v1);
    expect(settings.schemaVersion).toBe(2);
    expect(settings.devices[0]).toMatchObject({ id: 'k1', printer: null, scope: null });
    expect(settings.content.volume).toBe(0.3);
    expect(settings.content.ticketFooter.kk).toContain('Рақмет');
  });
});
