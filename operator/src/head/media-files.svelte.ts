// The hall's media files as the head manages them: listed, uploaded and removed over HTTP with the
// session token (a video is too big for a socket message). Which files loop is content.media, saved
// over the socket like the rest of the content.
import type { ErrorCode } from '@kezek/shared';
import { headRequest } from './head-http.ts';

export interface MediaFile {
  name: string;
  size: number;
}

/** A name the server takes (plain Latin letters, digits, space, dot, dash, underscore), from any file name. */
export function mediaName(original: string, now = Date.now()): string {
  const dot = original.lastIndexOf('.');
  const ext = dot < 0 ? '' : original.slice(dot).toLowerCase();
  const stem = (dot < 0 ? original : original.slice(0, dot))
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_ -]+/g, '-')
    .replace(/^[-\s]+|[-\s]+$/g, '')
    .slice(0, 80);
  return `${/[A-Za-z0-9]/.test(stem) ? stem : `media-${now.toString(36)}`}${ext}`;
}

export class MediaFiles {
  files = $state.raw<MediaFile[]>([]);
  busy = $state(false);
  error = $state<ErrorCode | null>(null);

  constructor(private readonly token: () => string) {}

  async load(): Promise<void> {
    const res = await this.request('/api/media', 'GET');
    if (res) this.files = (await res.json()) as MediaFile[];
  }

  async upload(file: File): Promise<boolean> {
    this.busy = true;
    this.error = null;
    try {
      const res = await this.request(`/api/media/${encodeURIComponent(mediaName(file.name))}`, 'PUT', file);
      await this.load();
      return res !== null;
    } finally {
      this.busy = false;
    }
  }

  async remove(name: string): Promise<void> {
    this.error = null;
    await this.request(`/api/media/${encodeURIComponent(name)}`, 'DELETE');
    await this.load();
  }

  private async request(url: string, method: string, body?: Blob): Promise<Response | null> {
    const answer = await headRequest(this.token(), url, method, body);
    if (answer.ok) return answer.res;
    // A body refused for its size may be cut off before the server can say so in JSON.
    this.error = answer.status === 413 ? 'media_too_large' : answer.error;
    return null;
  }
}
