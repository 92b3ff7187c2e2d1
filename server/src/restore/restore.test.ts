// Backup and restore of the data folder over real HTTP and real files: a backup made by GET /api/backup
// is staged without touching the live data, refused in full when it is anything else, and swapped in
// at the next start with the replaced data kept aside, even when the swap is cut off half way.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { create } from 'tar';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.js';
import { DEMO_PASSWORDS } from '../settings/demo-office.js';
import { openSettings } from '../settings/settings-store.js';
import { SETTINGS_SCHEMA_VERSION } from '../settings/types.js';
import { fileDayStore } from '../storage/file-day-store.js';
import {
  demoSettingsOnce,
  expectOk,
  rid,
  send,
  startHarness,
  type Harness,
} from '../test-support/harness.js';
import { applyStagedRestore } from './apply-restore.js';
import { planFile, readyFile, stagedDir } from './restore-layout.js';
import { stageRestore } from './stage-restore.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const tempDir = (prefix = 'kezek-restore-') => mkdtempSync(join(tmpdir(), prefix));

async function startOn(dataDir: string): Promise<{ h: Harness; token: string }> {
  const settings = await openSettings(dataDir, { seed: demoSettingsOnce, log: silentLogger });
  const store = await fileDayStore(dataDir, silentLogger, { config: () => settings.data.office });
  h = await startHarness({ dataDir, settings, store });
  const socket = await h.client();
  const login = await send(socket, 'auth:login', { username: 'head', password: DEMO_PASSWORDS.head });
  return { h, token: expectOk(login).token };
}

async function renameLegal(h: Harness, ru: string): Promise<void> {
  const head = await h.staff('head');
  const { config } = expectOk(await send(head, 'admin:get', {}));
  const legal = config.sectors.find((s) => s.id === 'legal');
  if (!legal) throw new Error('demo office without legal');
  legal.names.ru = ru;
  expectOk(await send(head, 'admin:save-office', { requestId: rid(), config }));
  const kiosk = await h.device('kiosk');
  expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }));
}

async function tarGz(dir: string, entries: string[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of create({ gzip: true, cwd: dir, portable: true }, entries))
    chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const restore = (url: string, token: string, method: string, body?: Buffer) =>
  fetch(`${url}/api/restore`, { method, headers: { authorization: `Bearer ${token}` }, body });

const legalRu = (dataDir: string): string =>
  (
    JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as {
      office: { sectors: { id: string; names: { ru: string } }[] };
    }
  ).office.sectors.find((s) => s.id === 'legal')?.names.ru ?? '';

describe('restoring the data folder from a backup', () => {
  it('stages a backup without touching the live data; the next start swaps it in and keeps the old data aside', async () => {
    const dataDir = tempDir();
    let { h: server, token } = await startOn(dataDir);
    await renameLegal(server, 'Как в копии');
    const backup = await fetch(`${server.url}/api/backup`, { headers: { authorization: `Bearer ${token}` } });
    expect(backup.status).toBe(200);
    const archive = Buffer.from(await backup.arrayBuffer());
    await renameLegal(server, 'После копии');

    const staged = await restore(server.url, token, 'POST', archive);
    expect(staged.status).toBe(200);
    const { staged: summary } = (await staged.json()) as {
      staged: { journals: number; schemaVersion: number };
    };
    expect(summary).toMatchObject({
      journals: 1,
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      by: expect.any(String),
    });
    // The live office goes on as it was until a restart.
    expect(legalRu(dataDir)).toBe('После копии');
    expect(server.settings.data.office.sectors.find((s) => s.id === 'legal')?.names.ru).toBe('После копии');
    expect(
      ((await (await restore(server.url, token, 'GET')).json()) as { staged: unknown }).staged,
    ).not.toBeNull();
    const head = await server.staff('head');
    expect(expectOk(await send(head, 'admin:audit', {}))[0]).toMatchObject({ action: 'restore' });
    await server.close();
    h = null;

    const applied = await applyStagedRestore(dataDir, silentLogger, Date.UTC(2026, 2, 2, 10, 15));
    expect(applied?.aside).toBe('before-restore-2026-03-02T10-15');
    expect(legalRu(dataDir)).toBe('Как в копии');
    expect(legalRu(join(dataDir, 'before-restore-2026-03-02T10-15'))).toBe('После копии');
    expect(readdirSync(dataDir).sort()).toEqual(
      [
        'audit.ndjson',
        'before-restore-2026-03-02T10-15',
        'bookings',
        'cases',
        'journal',
        'settings.json',
      ].sort(),
    );
    expect(readFileSync(join(dataDir, 'audit.ndjson'), 'utf8')).toContain('backup restored');

    // The restored day: the one ticket issued before the backup, not the second.
    ({ h: server, token } = await startOn(dataDir));
    expect(Object.keys(server.app.office.queue.tickets)).toHaveLength(1);
    // Yet the number the replaced data gave after the backup is never given again.
    const kiosk = await server.device('kiosk');
    const after = expectOk(
      await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }),
    );
    expect(server.app.office.queue.tickets[after.ticket.id]?.seq).toBeGreaterThan(2);
    // A backup made now leaves the replaced data out.
    const next = await fetch(`${server.url}/api/backup`, { headers: { authorization: `Bearer ${token}` } });
    const check = tempDir('kezek-restore-check-');
    await stageRestore(check, Readable.from(Buffer.from(await next.arrayBuffer())), {
      by: 'x',
      byId: 'x',
      at: 0,
    });
    expect(readdirSync(stagedDir(check)).sort()).toEqual([
      'audit.ndjson',
      'bookings',
      'cases',
      'journal',
      'settings.json',
    ]);
  });

  it.each([
    ['random bytes', () => Promise.resolve(Buffer.from('this is not an archive at all'))],
    [
      'an archive of some other folder',
      async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'holiday.jpg'), 'photo');
        return tarGz(dir, ['.']);
      },
    ],
    [
      'settings from a newer Kezek',
      async () => {
        const dir = tempDir();
        writeFileSync(
          join(dir, 'settings.json'),
          JSON.stringify({ ...demoSettingsOnce(), schemaVersion: 99 }),
        );
        return tarGz(dir, ['.']);
      },
    ],
    [
      'settings nobody could sign in with',
      async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...demoSettingsOnce(), users: [] }));
        return tarGz(dir, ['.']);
      },
    ],
    [
      'a journal damaged in the middle',
      async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'settings.json'), JSON.stringify(demoSettingsOnce()));
        mkdirSync(join(dir, 'journal'));
        writeFileSync(join(dir, 'journal', '2026-03-02.ndjson'), '{"a":1}\n{garbage\n{"b":2}\n');
        return tarGz(dir, ['.']);
      },
    ],
    [
      'an archive reaching outside its folder',
      async () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'inner'));
        writeFileSync(join(dir, 'settings.json'), JSON.stringify(demoSettingsOnce()));
        const chunks: Buffer[] = [];
        const stream = create({ gzip: true, cwd: join(dir, 'inner'), preservePaths: true }, [
          '../settings.json',
        ]);
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      },
    ],
  ] as const)('refuses %s, names it, and leaves nothing staged', async (_, make) => {
    const dataDir = tempDir();
    const { h: server, token } = await startOn(dataDir);
    const before = readFileSync(join(dataDir, 'settings.json'), 'utf8');
    const res = await restore(server.url, token, 'POST', await make());
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'restore_invalid', reason: expect.any(String) });
    expect(existsSync(join(dataDir, '.restore'))).toBe(false);
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe(before);
    expect(await applyStagedRestore(dataDir, silentLogger)).toBeNull();
  });

  it('refuses a specialist and cancels a staged restore for the head', async () => {
    const dataDir = tempDir();
    const { h: server, token } = await startOn(dataDir);
    const socket = await server.client();
    const op = expectOk(
      await send(socket, 'auth:login', { username: 'op1', password: DEMO_PASSWORDS.operator }),
    );
    expect((await restore(server.url, op.token, 'POST', Buffer.from('x'))).status).toBe(403);
    const archive = await tarGz(dataDir, ['settings.json']);
    expect((await restore(server.url, token, 'POST', archive)).status).toBe(200);
    expect(await (await restore(server.url, token, 'DELETE')).json()).toEqual({ staged: null });
    expect(existsSync(join(dataDir, '.restore'))).toBe(false);
  });

  it('refuses an upload over the cap', async () => {
    const dataDir = tempDir();
    const archive = await tarGz(dataDir, []).catch(() => Buffer.alloc(0));
    const big = Buffer.concat([archive, Buffer.alloc(4096)]);
    await expect(
      stageRestore(dataDir, Readable.from(big), { by: 'x', byId: 'x', at: 0 }, 1024),
    ).rejects.toThrow(/larger than allowed/);
    expect(existsSync(join(dataDir, '.restore'))).toBe(false);
  });

  it('refuses an archive that unpacks past the cap, however small it is packed', async () => {
    const source = tempDir();
    mkdirSync(join(source, 'media'));
    // 4 MB of zeros packs to a few kB: the compressed cap alone would let it through.
    writeFileSync(join(source, 'media', 'zeros.mp4'), Buffer.alloc(4 * 1024 * 1024));
    const archive = await tarGz(source, ['media']);
    expect(archive.length).toBeLessThan(64 * 1024);
    const dataDir = tempDir();
    await expect(
      stageRestore(dataDir, Readable.from(archive), { by: 'x', byId: 'x', at: 0 }, 1024 * 1024, 1024 * 1024),
    ).rejects.toThrow(/unpacks to more than allowed/);
    expect(existsSync(join(dataDir, '.restore'))).toBe(false);
  });

  it.each(['while the old data moved aside', 'while the backup moved in'] as const)(
    'finishes a swap cut off %s, with nothing lost or mixed',
    async (when) => {
      const backupDir = tempDir();
      writeFileSync(join(backupDir, 'settings.json'), JSON.stringify(demoSettingsOnce()));
      mkdirSync(join(backupDir, 'days'));
      writeFileSync(join(backupDir, 'days', '2026-03-01.json'), '{"from":"backup"}');
      writeFileSync(join(backupDir, 'audit.ndjson'), '');
      const dataDir = tempDir();
      writeFileSync(join(dataDir, 'settings.json'), '{"live":true}');
      mkdirSync(join(dataDir, 'journal'));
      writeFileSync(join(dataDir, 'journal', '2026-03-02.ndjson'), '{"live":1}\n');
      await stageRestore(dataDir, Readable.from(await tarGz(backupDir, ['.'])), {
        by: 'Head',
        byId: 'u1',
        at: 1,
      });
      expect(existsSync(readyFile(dataDir))).toBe(true);

      // What a first attempt did before the power went.
      writeFileSync(planFile(dataDir), JSON.stringify({ aside: 'before-restore-first' }));
      mkdirSync(join(dataDir, 'before-restore-first'));
      renameSync(join(dataDir, 'journal'), join(dataDir, 'before-restore-first', 'journal'));
      if (when === 'while the backup moved in') {
        renameSync(join(dataDir, 'settings.json'), join(dataDir, 'before-restore-first', 'settings.json'));
        writeFileSync(join(dataDir, '.restore', 'aside-done'), 'true');
        renameSync(join(stagedDir(dataDir), 'days'), join(dataDir, 'days'));
      }

      const applied = await applyStagedRestore(dataDir, silentLogger);
      expect(applied?.aside).toBe('before-restore-first');
      expect(readdirSync(dataDir).sort()).toEqual([
        'audit.ndjson',
        'before-restore-first',
        'days',
        'settings.json',
      ]);
      expect(readFileSync(join(dataDir, 'days', '2026-03-01.json'), 'utf8')).toBe('{"from":"backup"}');
      expect(readdirSync(join(dataDir, 'before-restore-first')).sort()).toEqual(['journal', 'settings.json']);
      expect(readFileSync(join(dataDir, 'before-restore-first', 'settings.json'), 'utf8')).toBe(
        '{"live":true}',
      );
    },
  );
});
