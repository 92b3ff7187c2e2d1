// /voice and /media over a real HTTP server and real files: the office's recordings win, nothing leaks.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { mediaRoutes } from './media-routes.js';

let server: FastifyInstance;
let base: string;
const dataDir = mkdtempSync(join(tmpdir(), 'kezek-media-'));

beforeAll(async () => {
  mkdirSync(join(dataDir, 'voice', 'kk'), { recursive: true });
  mkdirSync(join(dataDir, 'media'), { recursive: true });
  writeFileSync(join(dataDir, 'voice', 'kk', 'number-3.ogg'), 'office recording');
  writeFileSync(join(dataDir, 'media', 'welcome video.mp4'), '0123456789');
  writeFileSync(join(dataDir, 'settings.json'), '{"secret":true}');
  server = Fastify();
  await mediaRoutes(server, { dataDir });
  server.setNotFoundHandler((_req, reply) => reply.code(418).send());
  base = await server.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => server.close());

describe('voice and media files', () => {
  it('serves an office recording before the default clip of the same name', async () => {
    const own = await fetch(`${base}/voice/kk/number-3.ogg`);
    expect(own.headers.get('content-type')).toBe('audio/ogg');
    expect(await own.text()).toBe('office recording');
    const fallback = await fetch(`${base}/voice/kk/number-4.ogg`);
    expect(fallback.status).toBe(200);
    expect((await fallback.arrayBuffer()).byteLength).toBeGreaterThan(500);
    expect((await fetch(`${base}/voice/chime.ogg`)).status).toBe(200);
  });

  it('serves media by name, with byte ranges for video', async () => {
    const whole = await fetch(`${base}/media/welcome%20video.mp4`);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    const part = await fetch(`${base}/media/welcome%20video.mp4`, { headers: { range: 'bytes=2-4' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('234');
  });

  it.each([
    '/media/../settings.json',
    '/media/..%2Fsettings.json',
    '/media/%2e%2e%2fsettings.json',
    '/media/settings.json',
    '/media/.hidden.mp4',
    '/voice/../settings.json',
    '/voice/xx/number-3.ogg',
    '/voice/kk/..%2F..%2Fsettings.json',
    '/media/a/b.mp4',
  ])('refuses %s', async (path) => {
    const res = await rawGet(path);
    expect([400, 404, 418]).toContain(res.status);
    expect(res.body).not.toContain('secret');
  });

  it('leaves other paths to the other routes', async () => {
    expect((await fetch(`${base}/api/health`)).status).toBe(418);
    expect((await fetch(`${base}/voice/kk/`)).status).toBe(418);
  });
});

/** fetch() would normalise "/media/../x" before sending it; an attacker's client would not. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
