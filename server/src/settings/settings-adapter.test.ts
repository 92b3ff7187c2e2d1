import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsCorruptError } from './errors.js';
import { SettingsFileAdapter } from './settings-adapter.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-adapter-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SettingsFileAdapter', () => {
  it('works as a lowdb adapter: missing file reads as null, writes are read back', async () => {
    const path = join(dir, 'settings.json');
    const db = new Low(new SettingsFileAdapter<{ n: number }>(path), { n: 0 });
    await db.read();
    expect(db.data).toEqual({ n: 0 });
    await db.update((d) => void (d.n = 7));
    expect(await new SettingsFileAdapter(path).read()).toEqual({ n: 7 });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it.each([
    ['truncated', '{"office": {"sectors": ['],
    ['empty', ''],
    ['binary junk', '\u0000\u0000\u0000'],
  ])(
    'throws SettingsCorruptError naming the file for %s content and leaves the file untouched',
    async (_, content) => {
      const path = join(dir, 'settings.json');
      await writeFile(path, content);
      const error = await new SettingsFileAdapter(path).read().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SettingsCorruptError);
      expect(error).toMatchObject({ file: path });
      expect((error as Error).message).toContain(path);
      expect(await readFile(path, 'utf8')).toBe(content);
    },
  );
});
