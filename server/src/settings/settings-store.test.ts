import { defaultContent } from './defaults.js';
import { SETTINGS_SCHEMA_VERSION } from './types.js';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfficeConfig } from '@kezek/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLogger } from '../storage/logger.js';
import { DEMO_OFFICE } from './demo-office.js';
import { SettingsCorruptError, SettingsVersionError } from './errors.js';
import { openMemorySettings, openSettings, settingsPath } from './settings-store.js';
import type { Settings } from './types.js';

const office: OfficeConfig = {
  officeName: { kk: 'ХҚКО', ru: 'ЦОН', en: 'PSC' },
  timeZone: 'Asia/Almaty',
  hours: [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1080], null],
  languages: ['kk', 'ru', 'en'],
  // An office has at least one sector: the start-up check refuses settings without any.
  sectors: DEMO_OFFICE.sectors.slice(0, 1),
  desks: [],
  policy: { kind: 'ratio', priority: 1, regular: 2 },
  transferKeepsArrival: true,
  startOnCall: false,
  noShowGraceSec: 90,
};
const seed = (): Settings => ({
  schemaVersion: 2,
  office,
  users: [],
  devices: [],
  sessions: [],
  autoPairLocal: true,
  content: defaultContent(),
});
const user = (id: string) => ({
  id,
  username: id,
  name: id,
  role: 'operator' as const,
  passwordHash: 'x',
  deskIds: [],
  active: true,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openSettings', () => {
  it('creates settings.json from the seed on first start and reads it back afterwards', async () => {
    const log = createRecordingLogger();
    const store = await openSettings(dir, { seed, log });
    expect(store.data).toEqual(seed());
    expect(JSON.parse(await readFile(settingsPath(dir), 'utf8'))).toEqual(seed());
    expect(log.records.map((r) => r.msg)).toEqual(['settings: created from the seed']);

    const seedAgain = vi.fn(seed);
    const reopened = await openSettings(dir, { seed: seedAgain, log });
    expect(reopened.data).toEqual(seed());
    expect(seedAgain).not.toHaveBeenCalled();
  });

  it('refuses a settings file that is not JSON, naming it, without calling the seed or touching it', async () => {
    await mkdir(dir, { recursive: true });
    const broken = '{ "schemaVersion": 1, "office": {';
    await writeFile(settingsPath(dir), broken);
    const seedSpy = vi.fn(seed);
    const error = await openSettings(dir, { seed: seedSpy, log: createRecordingLogger() }).catch((e) => e);
    expect(error).toBeInstanceOf(SettingsCorruptError);
    expect((error as Error).message).toContain(settingsPath(dir));
    expect(seedSpy).not.toHaveBeenCalled();
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(broken);
  });

  it('refuses a file written by a newer version and leaves it as it is', async () => {
    const future = SETTINGS_SCHEMA_VERSION + 1;
    const newer = JSON.stringify({ ...seed(), schemaVersion: future, futureField: true });
    await writeFile(settingsPath(dir), newer);
    const error = await openSettings(dir, { seed, log: createRecordingLogger() }).catch((e) => e);
    expect(error).toBeInstanceOf(SettingsVersionError);
    expect(error).toMatchObject({ found: future, supported: SETTINGS_SCHEMA_VERSION });
    expect((error as Error).message).toMatch(
      new RegExp(`schemaVersion ${future}.*only up to ${SETTINGS_SCHEMA_VERSION}`),
    );
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(newer);
  });

  it('upgrades a hand-made version-0 file, filling defaults and keeping a backup of the original', async () => {
    const v0 = {
      office: {
        officeName: { kk: 'Алатау', ru: 'Алатау', en: 'Alatau' },
        timeZone: 'Asia/Aqtobe',
        sectors: [{ id: 's1', letter: 'A', targetWaitMin: 20 }],
        desks: [{ id: 'd1', number: 1, sectorIds: ['s1'] }],
      },
      users: [user('u1')],
    };
    const original = JSON.stringify(v0);
    await writeFile(settingsPath(dir), original);
    const log = createRecordingLogger();
    const store = await openSettings(dir, { seed, log });

    const expected = {
      schemaVersion: 2,
      users: [user('u1')],
      devices: [],
      sessions: [],
      autoPairLocal: false,
      content: defaultContent(),
      office: {
        officeName: { kk: 'Алатау', ru: 'Алатау', en: 'Alatau' },
        timeZone: 'Asia/Aqtobe',
        hours: [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1080], null],
        languages: ['kk', 'ru', 'en'],
        policy: { kind: 'strict' },
        transferKeepsArrival: true,
        startOnCall: false,
        noShowGraceSec: 60,
        sectors: [
          {
            id: 's1',
            letter: 'A',
            names: { kk: '', ru: '', en: '' },
            hints: { kk: '', ru: '', en: '' },
            services: [],
            targetWaitMin: 20,
            dailyLimit: null,
            priorityAllowed: true,
            hours: null,
            enabled: true,
          },
        ],
        desks: [{ id: 'd1', number: 1, sectorIds: ['s1'], sectorWeights: {} }],
      },
    };
    expect(store.data).toEqual(expected);
    expect(JSON.parse(await readFile(settingsPath(dir), 'utf8'))).toEqual(expected);
    expect(await readFile(`${settingsPath(dir)}.v0.bak`, 'utf8')).toBe(original);
    expect(log.records[0]).toMatchObject({
      msg: 'settings: migrated',
      obj: { from: 0, to: SETTINGS_SCHEMA_VERSION },
    });
  });
});

describe('SettingsStore.update', () => {
  it('writes every update durably, one after another in call order', async () => {
    const store = await openSettings(dir, { seed, log: createRecordingLogger() });
    const seen: number[] = [];
    await Promise.all([
      store.update((s) => {
        seen.push(s.users.length);
        s.users.push(user('a'));
      }),
      store.update((s) => {
        seen.push(s.users.length);
        s.users.push(user('b'));
      }),
      store.update((s) => s.users.length),
    ]).then(([, , count]) => expect(count).toBe(2));
    expect(seen).toEqual([0, 1]);
    const onDisk = JSON.parse(await readFile(settingsPath(dir), 'utf8')) as Settings;
    expect(onDisk.users.map((u) => u.id)).toEqual(['a', 'b']);
  });

  it('leaves data unchanged when the function throws or the write fails, and keeps serving updates', async () => {
    const store = await openSettings(dir, { seed, log: createRecordingLogger() });
    const failing = store.update((s) => {
      s.autoPairLocal = false;
      throw new Error('invalid change');
    });
    await expect(failing).rejects.toThrow('invalid change');
    expect(store.data.autoPairLocal).toBe(true);

    // A folder where the file should be makes the rename fail.
    await rm(settingsPath(dir));
    await mkdir(settingsPath(dir));
    await expect(store.update((s) => void (s.autoPairLocal = false))).rejects.toThrow();
    expect(store.data.autoPairLocal).toBe(true);

    await rm(settingsPath(dir), { recursive: true });
    await store.update((s) => void (s.autoPairLocal = false));
    expect(store.data.autoPairLocal).toBe(false);
  });
});

describe('openMemorySettings', () => {
  it('behaves like the file store without touching the disk', async () => {
    const initial = seed();
    const store = openMemorySettings(initial);
    await store.update((s) => s.users.push(user('m')));
    expect(store.data.users).toHaveLength(1);
    expect(initial.users).toHaveLength(0);
  });
});
