// Sends one file from a fixed folder, or says it is not there. Names are checked before any path is built:
// one path segment, no leading dot, no separators, so no request can leave the folder.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

/** A file name from a URL segment, or null when it could name anything but a plain file in the folder. */
export function safeName(segment: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (name.length === 0 || name.length > 200 || name.startsWith('.')) return null;
  if (/[/\\\0:]/.test(name)) return null;
  return TYPES[extname(name).toLowerCase()] ? name : null;
}

/** Tries each folder in turn; true when the file was sent (whole, or the requested range for video). */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  folders: readonly string[],
  name: string,
): Promise<boolean> {
  for (const folder of folders) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
      'accept-ranges': 'bytes',
      // Revalidate: an office may replace a clip or a video under the same name.
      'cache-control': 'no-cache',
      'last-modified': info.mtime.toUTCString(),
    };
    if (req.headers['if-modified-since'] === headers['last-modified']) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, info.size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
      if (start >= info.size || start > end) {
        res.writeHead(416, { 'content-range': `bytes */${info.size}` });
        res.end();
        return true;
      }
      res.writeHead(206, {
        ...headers,
        'content-range': `bytes ${start}-${end}/${info.size}`,
        'content-length': end - start + 1,
      });
      createReadStream(path, { start, end }).pipe(res);
      return true;
    }
    res.writeHead(200, { ...headers, 'content-length': info.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
    return true;
  }
  return false;
}
