// The head's media uploads over real HTTP into a real data folder: what is accepted, what reaches the
// displays, what the audit log says, and that a refused upload leaves nothing behind.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS } from '../settings/demo-office.js';
import { expectOk, nextSnapshot, send, startHarness, type Harness } from '../test-support/harness.js';
import { MEDIA_MAX_BYTES } from './media-admin.js';

let h: Harness;
let dataDir: string;
afterEach(async () => h?.close());

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000dIHDR-not-a-real-picture-but-a-png-head'),
]);
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(4096, 7)]);

async function start(): Promise<string> {
  dataDir = mkdtempSync(join(tmpdir(), 'kezek-media-admin-'));
  h = await startHarness({ dataDir });
  return tokenOf('head');
}

async function tokenOf(username: string): Promise<string> {
  const socket = await h.client();
  const password = username === 'head' ? DEMO_PASSWORDS.head : DEMO_PASSWORDS.operator;
  return expectOk(await send(socket, 'auth:login', { username, password })).token;
}

const put = (token: string, name: string, body: Buffer) =>
  fetch(`${h.url}/api/media/${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}` },
    body,
  });

describe('the head’s hall media over HTTP', () => {
  it('uploads a video: stored, listed, served, looped on the displays at once and audited', async () => {
    const token = await start();
    const display = await h.device('display');
    const seen = nextSnapshot(display);
    const res = await put(token, 'welcome 2026.mp4', MP4);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ name: 'welcome 2026.mp4', size: MP4.length });
    expect((await seen).content.media).toEqual(['welcome 2026.mp4']);

    const list = await fetch(`${h.url}/api/media`, { headers: { authorization: `Bearer ${token}` } });
    expect(await list.json()).toEqual([{ name: 'welcome 2026.mp4', size: MP4.length }]);
    const served = await fetch(`${h.url}/media/welcome%202026.mp4`);
    expect(Buffer.from(await served.arrayBuffer()).equals(MP4)).toBe(true);
    const head = await h.staff('head');
    const [entry] = expectOk(await send(head, 'admin:audit', {}));
    expect(entry).toMatchObject({
      action: 'media',
      summary: expect.stringContaining('welcome 2026.mp4 uploaded'),
    });
  });

  it('refuses a file whose bytes are not what its name says, and keeps no part of it', async () => {
    const token = await start();
    const fake = await put(token, 'poster.png', Buffer.from('<html>this is no picture at all</html>'));
    expect(fake.status).toBe(415);
    expect(await fake.json()).toEqual({ error: 'media_type' });
    const swapped = await put(token, 'poster.webm', PNG);
    expect(swapped.status).toBe(415);
    expect(readdirSync(join(dataDir, 'media'))).toEqual([]);
    expect(h.settings.data.content.media).toEqual([]);
  });

  it('refuses a file over the cap before reading it', async () => {
    const token = await start();
    const res = await fetch(`${h.url}/api/media/huge.mp4`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-length': String(MEDIA_MAX_BYTES + 1) },
      body: MP4,
      duplex: 'half',
    } as RequestInit).catch(() => null);
    // Either the refusal arrives, or the connection closes while the client still sends.
    if (res) expect(res.status).toBe(413);
    expect(h.settings.data.content.media).toEqual([]);
  });

  it('removes a file: it leaves the displays’ loop first, then the folder', async () => {
    const token = await start();
    expect((await put(token, 'a.png', PNG)).status).toBe(201);
    expect((await put(token, 'b.mp4', MP4)).status).toBe(201);
    const display = await h.device('display');
    const seen = nextSnapshot(display);
    const res = await fetch(`${h.url}/api/media/a.png`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect((await seen).content.media).toEqual(['b.mp4']);
    expect(readdirSync(join(dataDir, 'media'))).toEqual(['b.mp4']);
    const again = await fetch(`${h.url}/api/media/a.png`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(again.status).toBe(404);
  });

  it('keeps uploads to the head and to plain names', async () => {
    const token = await start();
    expect((await fetch(`${h.url}/api/media`)).status).toBe(401);
    const op = await tokenOf('op1');
    expect((await put(op, 'a.png', PNG)).status).toBe(403);
    for (const name of ['../settings.json', 'notes.txt', 'сурет.png', '.hidden.png']) {
      expect((await put(token, name, PNG)).status, name).toBe(400);
    }
    expect(readdirSync(dataDir)).not.toContain('settings.json');
  });
});
