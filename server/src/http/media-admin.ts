// The head manages the hall's media files over HTTP (a video is too big for a socket message):
//   GET    /api/media          the files in the data folder's media/, with their sizes
//   PUT    /api/media/<name>   upload (raw body); checked by its first bytes and capped at 200 MB
//   DELETE /api/media/<name>   remove; it also leaves the displays' loop
// Each change is audited and the displays get a fresh snapshot at once.
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SessionUser } from '@kezek/shared';
import { ensureDirDurable, fsyncDir } from '../storage/durable-file.js';
import { requireHead } from './head-auth.js';
import type { HttpDeps, Routes } from './http-app.js';
import { HttpRefusal } from './http-errors.js';
import { SNIFF_BYTES, formatOfName, sniffMedia } from './media-sniff.js';

export const MEDIA_MAX_BYTES = 200 * 1024 * 1024;
/** The names content.media may hold (admin-schemas.ts): plain Latin, so every display's URL is simple. */
const NAME = /^[A-Za-z0-9_. -]{1,100}$/;

export interface MediaFile {
  name: string;
  size: number;
}

const nameParam = z.object({
  name: z
    .string()
    .regex(NAME)
    .refine((n) => !n.startsWith('.') && formatOfName(n) !== null),
});

export function mediaAdminRoutes(app: Routes, deps: HttpDeps): void {
  const dirOf = (request: FastifyRequest): { head: SessionUser; dir: string } => {
    const head = requireHead(request, deps.access);
    if (!deps.dataDir) throw new HttpRefusal(404, 'not_found');
    return { head, dir: join(deps.dataDir, 'media') };
  };
  app.get('/api/media', async (request, reply) => {
    const { dir } = dirOf(request);
    return reply.header('cache-control', 'no-store').send(await listMedia(dir));
  });
  app.put('/api/media/:name', { schema: { params: nameParam } }, async (request, reply) => {
    const { head, dir } = dirOf(request);
    const { status, body } = await upload(deps, head, dir, request.params.name, request.raw);
    // A refused upload may not have been read to its end: the connection cannot carry another request.
    if (status !== 201) void reply.header('connection', 'close');
    return reply.code(status).send(body);
  });
  app.delete('/api/media/:name', { schema: { params: nameParam } }, async (request) => {
    const { head, dir } = dirOf(request);
    return remove(deps, head, dir, request.params.name);
  });
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
  deps: HttpDeps,
  head: SessionUser,
  dir: string,
  name: string,
  req: IncomingMessage,
): Promise<{ status: number; body: unknown }> {
  if (Number(req.headers['content-length'] ?? 0) > MEDIA_MAX_BYTES) {
    req.resume();
    return { status: 413, body: { error: 'media_too_large' } };
  }
  await ensureDirDurable(dir);
  // A hidden temp name in the same folder: never served (names starting with a dot are refused), and
  // the rename that publishes it is atomic.
  const tmp = join(dir, `.upload-${randomBytes(6).toString('hex')}.tmp`);
  const outcome = await receive(req, tmp, formatOfName(name));
  if (outcome !== 'ok') {
    await rm(tmp, { force: true });
    const [status, error] = outcome === 'too_large' ? [413, 'media_too_large'] : [415, 'media_type'];
    return { status, body: { error } };
  }
  await rename(tmp, join(dir, name));
  await fsyncDir(dir);
  const size = (await stat(join(dir, name))).size;
  // A new file joins the loop at once: the head uploads it to have it shown.
  const added = !deps.settings.data.content.media.includes(name);
  if (added) await deps.settings.update((s) => void s.content.media.push(name));
  await audit(deps, head, `${name} uploaded (${String(size)} bytes)${added ? ', shown on displays' : ''}`);
  deps.headServices().broadcastSnapshot();
  return { status: 201, body: { name, size } };
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
  deps: HttpDeps,
  head: SessionUser,
  dir: string,
  name: string,
): Promise<{ name: string }> {
  const info = await stat(join(dir, name)).catch(() => null);
  if (!info?.isFile()) throw new HttpRefusal(404, 'not_found');
  // Out of the loop first, so no display asks for a file that is gone.
  if (deps.settings.data.content.media.includes(name)) {
    await deps.settings.update((s) => void (s.content.media = s.content.media.filter((m) => m !== name)));
    deps.headServices().broadcastSnapshot();
  }
  await rm(join(dir, name));
  await fsyncDir(dir);
  await audit(deps, head, `${name} removed`);
  return { name };
}

function audit(deps: HttpDeps, head: SessionUser, summary: string): Promise<void> {
  const services = deps.headServices();
  return services.audit.append({
    at: services.clock(),
    actorId: head.id,
    actorName: head.name,
    action: 'media',
    summary,
  });
}
