import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDirDurable, readJsonFile, writeFileDurable } from './durable-file.js';
import { CorruptFileError } from './errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileDurable', () => {
  it('replaces the content and leaves no temp file behind', async () => {
    const path = join(dir, 'a.json');
    await writeFileDurable(path, '{"v":1}');
    await writeFileDurable(path, new TextEncoder().encode('{"v":2}'));
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('keeps the old file and removes its temp file when the rename fails', async () => {
    const path = join(dir, 'target');
    await ensureDirDurable(path); // a folder in the way makes rename fail
    await expect(writeFileDurable(path, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['target']);
  });
});

describe('ensureDirDurable', () => {
  it('creates nested folders and accepts existing ones', async () => {
    const nested = join(dir, 'a', 'b', 'c');
    await ensureDirDurable(nested);
    await ensureDirDurable(nested);
    await writeFileDurable(join(nested, 'f'), 'ok');
    expect(await readFile(join(nested, 'f'), 'utf8')).toBe('ok');
  });
});

describe('readJsonFile', () => {
  it('returns null for a missing file and the value for a good one', async () => {
    expect(await readJsonFile(join(dir, 'missing.json'))).toBeNull();
    await writeFile(join(dir, 'ok.json'), '{"a":[1,2]}');
    expect(await readJsonFile(join(dir, 'ok.json'))).toEqual({ a: [1, 2] });
  });

  it('names the file when the content is not JSON', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(path, '{"a":');
    await expect(readJsonFile(path)).rejects.toSatisfy(
      (e) => e instanceof CorruptFileError && e.file === path && e.message.includes(path),
    );
  });
});
