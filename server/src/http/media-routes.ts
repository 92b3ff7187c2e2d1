// /voice/<lang>/<file> and /voice/chime.ogg: the office's own recordings (data folder voice/) before the
// defaults (server/voices/). /media/<file>: the videos and pictures the hall display loops (data folder media/).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { LANGS } from '@kezek/shared';
import { DEFAULT_VOICE_DIR } from '../voice/voice.js';
import { safeName, sendFile } from './static-file.js';

export interface MediaRoutesDeps {
  /** The data folder; null serves the default voice only. */
  dataDir: string | null;
  defaultVoiceDir?: string;
}

/** Handles the request and returns true when it is one of these routes. */
export type MediaRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

export function createMediaRoutes({
  dataDir,
  defaultVoiceDir = DEFAULT_VOICE_DIR,
}: MediaRoutesDeps): MediaRoutes {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const parts = path.split('/').slice(1);
    let folders: string[];
    let segment: string | undefined;
    if (parts[0] === 'voice' && parts.length === 2) {
      segment = parts[1];
      folders = [...(dataDir ? [join(dataDir, 'voice')] : []), defaultVoiceDir];
    } else if (
      parts[0] === 'voice' &&
      parts.length === 3 &&
      (LANGS as readonly string[]).includes(parts[1] ?? '')
    ) {
      segment = parts[2];
      const lang = parts[1] ?? '';
      folders = [...(dataDir ? [join(dataDir, 'voice', lang)] : []), join(defaultVoiceDir, lang)];
    } else if (parts[0] === 'media' && parts.length === 2 && dataDir) {
      segment = parts[1];
      folders = [join(dataDir, 'media')];
    } else if (parts[0] === 'voice' || parts[0] === 'media') {
      notFound(res);
      return true;
    } else {
      return false;
    }
    const name = safeName(segment ?? '');
    if (!name || (req.method !== 'GET' && req.method !== 'HEAD')) {
      notFound(res);
      return true;
    }
    sendFile(req, res, folders, name).then(
      (sent) => sent || notFound(res),
      () => notFound(res),
    );
    return true;
  };
}

function notFound(res: ServerResponse): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
  res.end('{"error":"not_found"}');
}
