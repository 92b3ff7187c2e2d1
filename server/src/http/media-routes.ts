// /voice/<lang>/<file> and /voice/chime.ogg: the office's own recordings (data folder voice/) before the
// defaults (server/voices/). /media/<file>: the videos and pictures the hall display loops (data folder
// media/). Files, ranges and revalidation come from @fastify/static; this module says which names exist.
import { extname, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { LANGS } from '@kezek/shared';
import { DEFAULT_VOICE_DIR } from '../voice/voice.js';

export interface MediaRoutesDeps {
  /** The data folder; null serves the default voice only. */
  dataDir: string | null;
  defaultVoiceDir?: string;
}

export const SERVED_TYPES = new Set([
  '.ogg',
  '.opus',
  '.oga',
  '.mp3',
  '.wav',
  '.m4a',
  '.mp4',
  '.webm',
  '.ogv',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.gif',
  '.svg',
]);

/** A plain file of a served type: no dot files, no folders beyond those given. */
function plainFile(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    !name.startsWith('.') &&
    SERVED_TYPES.has(extname(name).toLowerCase())
  );
}

/** Voice paths: `chime.ogg` at the top, or `<lang>/<file>`. */
function voicePath(pathname: string): boolean {
  const parts = pathname.split('/').slice(1);
  if (parts.length === 1) return plainFile(parts[0] ?? '');
  return (
    parts.length === 2 && (LANGS as readonly string[]).includes(parts[0] ?? '') && plainFile(parts[1] ?? '')
  );
}

export async function mediaRoutes(app: FastifyInstance, deps: MediaRoutesDeps): Promise<void> {
  const voiceRoots = [
    ...(deps.dataDir ? [resolve(deps.dataDir, 'voice')] : []),
    resolve(deps.defaultVoiceDir ?? DEFAULT_VOICE_DIR),
  ];
  // Revalidated on every play: an office may replace a clip or a video under the same name.
  const common = {
    decorateReply: false,
    cacheControl: false,
    etag: false,
    lastModified: true,
    index: false,
  } as const;
  await app.register(fastifyStatic, {
    ...common,
    root: voiceRoots,
    prefix: '/voice/',
    allowedPath: voicePath,
    setHeaders: (res) => res.setHeader('cache-control', 'no-cache'),
  });
  if (deps.dataDir) {
    await app.register(fastifyStatic, {
      ...common,
      root: resolve(deps.dataDir, 'media'),
      prefix: '/media/',
      allowedPath: (pathname) => pathname.split('/').length === 2 && plainFile(pathname.slice(1)),
      setHeaders: (res) => res.setHeader('cache-control', 'no-cache'),
    });
  }
}
