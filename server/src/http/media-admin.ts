// The head manages the hall's media files over HTTP (a video is too big for a socket message):
//   GET    /api/media          the files in the data folder's media/, with their sizes
//   PUT    /api/media/<name>   upload (raw body); checked by its first bytes and capped at 200 MB
//   DELETE /api/media/<name>   remove; it also leaves the displays' loop
// Each change is audited and the displays get a fresh snapshot at once.
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { SessionUser } from '@kezek/shared';
import type { Access } from '../auth/access.js';
import type { SettingsPort } from '../auth/settings-port.js';
import type { HeadServices } from '../audit/head-services.js';
import { ensureDirDurable, fsyncDir } from '../storage/durable-file.js';
import { headOf, sendJson } from './head-auth.js';
import { SNIFF_BYTES, formatOfName, sniffMedia } from './media-sniff.js';
import { safeName } from './static-file.js';

export const MEDIA_MAX_BYTES = 200 * 1024 * 1024;
/** The names content.media may hold (admin-schemas.ts): plain Latin, so every display's URL is simple. */
const NAME = /^[A-Za-z0-9_. -]{1,100}$/;

export interface MediaAdminDeps {
  access: Access;
  dataDir: string | null;
  settings: SettingsPort;
  /** Made after the HTTP server; read when a request comes. */
  headServices: () => HeadServices;
}

export interface MediaFile {
  name: string;
  size: number;
}

export async function serveMediaAdmin(deps: MediaAdminDeps, req: IncomingMessage, res: ServerResponse) {
  const head = headOf(req, res, deps.access);
  if (!head) return;
  if (!deps.dataDir) return sendJson(res, 404, { error: 'not_found' });
  const dir = join(deps.dataDir, 'media');
  const path = (req.url ?? '').split('?')[0] ?? '';
  if (path === '/api/media') {
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'method_not_allowed' });
    return sendJson(res, 200, await listMedia(dir));
  }
  const name = safeName(path.slice('/api/media/'.length));
  if (!name || !NAME.test(name) || !formatOfName(name))
    return sendJson(res, 400, { error: 'invalid_payload' });
  if (req.method === 'PUT') return upload(deps, head, dir, name, req, res);
  if (req.method === 'DELETE') return remove(deps, head, dir, name, res);
  sendJson(res, 405, { error: 'method_not_allowed' });
}

export async function listMedia(dir: string): Promise<MediaFile[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files: MediaFile[] = [];
  for (const name of names.sort()) {
    if (!NAME.test(name) || name.startsWith('.') || !formatOfName(name)) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (info?.isFile()) files.push({ name, size: info.size });
  }
  return files;
}

async function upload(
  deps: MediaAdminDeps,
  head: SessionUser,
  dir: string,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (Number(req.headers['content-length'] ?? 0) > MEDIA_MAX_BYTES) {
    req.resume();
    return sendJson(res, 413, { error: 'media_too_large' }, { connection: 'close' });
  }
  await ensureDirDurable(dir);
  // A hidden temp name in the same folder: never served (names starting with a dot are refused), and
  // the rename that publishes it is atomic.
  const tmp = join(dir, `.upload-${randomBytes(6).toString('hex')}.tmp`);
  const outcome = await receive(req, tmp, formatOfName(name));
  if (outcome !== 'ok') {
    await rm(tmp, { force: true });
    const [status, error] = outcome === 'too_large' ? [413, 'media_too_large'] : [415, 'media_type'];
    return sendJson(res, status, { error }, { connection: 'close' });
  }
  await rename(tmp, join(dir, name));
  await fsyncDir(dir);
  const size = (await stat(join(dir, name))).size;
  // A new file joins the loop at once: the head uploads it to have it shown.
  const added = !deps.settings.data.content.media.includes(name);
  if (added) await deps.settings.update((s) => void s.content.media.push(name));
  await audit(deps, head, `${name} uploaded (${String(size)} bytes)${added ? ', shown on displays' : ''}`);
  deps.headServices().broadcastSnapshot();
  sendJson(res, 201, { name, size });
}

/** Streams the body to `tmp`, synced; refuses it on the first bytes that are not `format` or past the cap. */
async function receive(
  req: IncomingMessage,
  tmp: string,
  format: ReturnType<typeof formatOfName>,
): Promise<'ok' | 'too_large' | 'wrong_type'> {
  const file = await open(tmp, 'w');
  return new Promise((resolve) => {
    let size = 0;
    let head = Buffer.alloc(0);
    let checked = false;
    let failed: 'too_large' | 'wrong_type' | null = null;
    let writing: Promise<unknown> = Promise.resolve();
    req.on('data', (chunk: Buffer) => {
      if (failed) return; // drained, so the refusal can be answered on this connection
      size += chunk.length;
      if (size > MEDIA_MAX_BYTES) return void (failed = 'too_large');
      if (!checked) {
        head = Buffer.concat([head, chunk]);
        if (head.length < SNIFF_BYTES) return;
        checked = true;
        if (sniffMedia(head) !== format) return void (failed = 'wrong_type');
        chunk = head;
      }
      // One write at a time, the upload paused meanwhile: a fast network cannot fill the memory.
      req.pause();
      const part = chunk;
      writing = file.write(part).then(
        () => req.resume(),
        () => {
          failed ??= 'too_large';
          req.resume();
        },
      );
    });
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      await writing;
      if (!failed && !checked) failed = 'wrong_type'; // shorter than any real picture or video
      if (!failed) await file.sync();
      await file.close();
      resolve(failed ?? 'ok');
    };
    req.once('end', () => void finish());
    // A dropped upload ends in 'error' or in 'close' without 'end': the partial file is thrown away.
    const cut = () => {
      failed ??= 'too_large';
      void finish();
    };
    req.once('error', cut);
    req.once('close', () => {
      if (!req.complete) cut();
    });
  });
}

async function remove(
  deps: MediaAdminDeps,
  head: SessionUser,
  dir: string,
  name: string,
  res: ServerResponse,
): Promise<void> {
  const info = await stat(join(dir, name)).catch(() => null);
  if (!info?.isFile()) return sendJson(res, 404, { error: 'not_found' });
  // Out of the loop first, so no display asks for a file that is gone.
  if (deps.settings.data.content.media.includes(name)) {
    await deps.settings.update((s) => void (s.content.media = s.content.media.filter((m) => m !== name)));
    deps.headServices().broadcastSnapshot();
  }
  await rm(join(dir, name));
  await fsyncDir(dir);
  await audit(deps, head, `${name} removed`);
  sendJson(res, 200, { name });
}

function audit(deps: MediaAdminDeps, head: SessionUser, summary: string): Promise<void> {
  const services = deps.headServices();
  return services.audit.append({
    at: services.clock(),
    actorId: head.id,
    actorName: head.name,
    action: 'media',
    summary,
  });
}
