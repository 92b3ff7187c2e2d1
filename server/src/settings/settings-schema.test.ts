import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../storage/logger.js';
import { demoSettings } from './demo-office.js';
import { SettingsCorruptError } from './errors.js';
import { openSettings, settingsPath } from './settings-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-settings-shape-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Made once: the demo office hashes nine passwords with scrypt.
const DEMO = JSON.stringify(demoSettings());
const demo = () => JSON.parse(DEMO) as Record<string, unknown>;

describe('settings shape at start', () => {
  it('opens the demo office, and keeps fields it does not know', async () => {
    await writeFile(settingsPath(dir), JSON.stringify({ ...demo(), addedByANewerServer: { x: 1 } }));
    const store = await openSettings(dir, { seed: demoSettings, log: createRecordingLogger() });
    expect(store.data.office.sectors.length).toBeGreaterThan(0);
    expect((store.data as unknown as Record<string, unknown>).addedByANewerServer).toEqual({ x: 1 });
  });

  it.each<[string, (d: Record<string, unknown>) => void, RegExp]>([
    ['office is null', (d) => (d.office = null), /office: /],
    ['users is an object', (d) => (d.users = {}), /users: /],
    [
      'a sector has no letter',
      (d) => delete (d.office as { sectors: object[] }).sectors[0]?.['letter' as never],
      /office\.sectors\.0\.letter/,
    ],
    [
      'a device kind is unknown',
      (d) => (d.devices as object[]).push({ id: 'x', kind: 'toaster' }),
      /devices\.0\.kind/,
    ],
    ['sessions is a string', (d) => (d.sessions = 'none'), /sessions: /],
    [
      'content volume is text',
      (d) => ((d.content as { volume: unknown }).volume = 'loud'),
      /content\.volume/,
    ],
  ])('refuses a file where %s, naming the field and leaving the file as it was', async (_, damage, field) => {
    const doc = demo();
    damage(doc);
    const text = JSON.stringify(doc);
    await writeFile(settingsPath(dir), text);
    const error = await openSettings(dir, { seed: demoSettings, log: createRecordingLogger() }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SettingsCorruptError);
    expect((error as Error).message).toContain(settingsPath(dir));
    expect((error as Error).message).toMatch(field);
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(text);
  });
});
