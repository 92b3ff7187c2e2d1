// Numbered upgrades of settings.json, run at start. MIGRATIONS[i] turns a version-i document into a
// version-(i+1) one; never edit a shipped migration, add the next one and bump SETTINGS_SCHEMA_VERSION.
import type { Settings } from './types.js';
import { SETTINGS_SCHEMA_VERSION } from './types.js';
import { defaultContent, defaultDeskFields, defaultOfficeFields, defaultSectorFields } from './defaults.js';
import { SettingsCorruptError, SettingsVersionError } from './errors.js';

type Doc = Record<string, unknown>;
export type Migration = (doc: Doc) => Doc;

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const objects = (v: unknown): Doc[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** 0 -> 1: files from before versioning; fill every missing field with its default. */
const fillDefaults: Migration = (doc) => {
  const office = isObject(doc.office) ? doc.office : {};
  return {
    users: [],
    devices: [],
    sessions: [],
    autoPairLocal: false,
    ...doc,
    office: {
      ...defaultOfficeFields(),
      ...office,
      sectors: objects(office.sectors).map((s) => ({ ...defaultSectorFields(), ...s })),
      desks: objects(office.desks).map((d) => ({ ...defaultDeskFields(), ...d })),
    },
  };
};

/** 1 -> 2: printers and scopes per device, and the office's content (ticket footer, ticker, media, voice). */
const devicesAndContent: Migration = (doc) => ({
  ...doc,
  devices: objects(doc.devices).map((d) => ({ printer: null, scope: null, ...d })),
  content: { ...defaultContent(), ...(isObject(doc.content) ? doc.content : {}) },
});

export const MIGRATIONS: readonly Migration[] = [fillDefaults, devicesAndContent];

export interface Migrated {
  settings: Settings;
  /** The version the file had; less than the current one means it was upgraded. */
  from: number;
}

/** Upgrade a parsed settings document to `target`; throws rather than guess at an unknown future format. */
export function migrateSettings(
  file: string,
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target = SETTINGS_SCHEMA_VERSION,
): Migrated {
  if (!isObject(raw)) throw new SettingsCorruptError(file, 'does not hold a JSON object');
  const from = raw.schemaVersion ?? 0;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    throw new SettingsCorruptError(file, `has an invalid schemaVersion (${JSON.stringify(from)})`);
  }
  if (from > target) throw new SettingsVersionError(file, from, target);
  let doc = raw;
  for (let version = from; version < target; version++) {
    const migration = migrations[version];
    if (!migration) throw new Error(`no settings migration from version ${version}`);
    doc = { ...migration(doc), schemaVersion: version + 1 };
  }
  return { settings: doc as unknown as Settings, from };
}
