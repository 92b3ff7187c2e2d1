// The whole HTTP surface fuzzed over raw TCP against the built server: request lines, methods, paths
// around every real route, percent escapes good and bad, headers (lengths that lie, chunked bodies that
// break off, huge values), bodies of random bytes, with and without the head's token. After every case
// the server still answers /api/health and a kiosk still gets a ticket; no answer is a 5xx.
import { connect as tcp } from 'node:net';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir, type ServerProcess } from '../support/server-process.js';
import { call, connect, login, pair, startFastServer } from './support.js';

const CASES = 400;

const ROUTES = [
  '/',
  '/api/health',
  '/t/{code}',
  '/api/tickets/{code}',
  '/api/tickets/{code}/rating',
  '/api/tickets/{code}/qr.svg',
  '/api/tickets/{code}/escpos?width={q}',
  '/api/reports/daily?date={q}&format={q}&lang={q}&sector={q}&fromTime={q}',
  '/api/reports/range?from={q}&to={q}&sep={q}',
  '/api/reports/cases?from={q}&to={q}&format={q}&lang={q}',
  '/c/{code}',
  '/api/cases/{code}',
  '/api/cases/{code}/qr.svg',
  '/open?lang={q}',
  '/api/open',
  '/api/state',
  '/api/backup',
  '/api/restore',
  '/api/media',
  '/api/media/{code}',
  '/voice/kk/{code}',
  '/voice/{code}',
  '/media/{code}',
  '/kiosk/{code}',
  '/display/',
  '/operator/{code}',
  '/socket.io/?EIO={q}&transport={q}',
];

const piece = fc.oneof(
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%2e%2e%2f', '..', '//', '%C0%AF', '%ff%fe', '?', '#', ';'),
  fc.constantFrom('2024-02-30', '2026-12-01', '99:99', 'json', 'xlsx', 'kk', '58', 'A001', 'number-3.ogg'),
  fc.stringMatching(/^[A-Za-z0-9_.~-]{0,30}$/),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(5000)),
);

// Weighted towards requests that parse, so most cases reach a route and its handler.
const path = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom(...ROUTES), fc.array(piece, { minLength: 8, maxLength: 8 }))
      .map(([route, parts]) => {
        let i = 0;
        return route.replace(/\{(code|q)\}/g, () => parts[i++ % parts.length] ?? '');
      }),
  },
  fc.constantFrom('//', '///api/health', '*', '/%', 'http://evil/api/state', '/api/health/..', '', ' '),
  fc.string({ maxLength: 60 }),
);

const method = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom('GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECT'),
  },
  fc.constantFrom('get', 'G ET', 'PROPFIND', 'X'.repeat(300), ''),
);

const header = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Content-Type: application/json',
      'Content-Type: text/plain',
      'Content-Type: application/json; charset=utf-16',
      'Content-Length: 5',
      'Content-Length: -1',
      'Content-Length: 99999999999',
      'Content-Length: 3\r\nContent-Length: 4',
      'Transfer-Encoding: chunked',
      'Transfer-Encoding: gzip, chunked',
      'Range: bytes=5-1',
      'Range: bytes=-999999999999',
      'If-Modified-Since: yesterday',
      'Expect: 100-continue',
      'Host:',
      'Upgrade: websocket',
      'Authorization: Bearer ',
      'Authorization: Basic Zm9vOmJhcg==',
    ),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.stringMatching(/^[ -~]{0,200}$/))
      .map(([k, v]) => `${k}: ${v}`),
  },
  fc
    .tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.string({ maxLength: 200 }))
    .map(([k, v]) => `${k}: ${v}`),
  fc.constant(`X-Big: ${'y'.repeat(20_000)}`),
);

const body = fc.oneof(
  fc.constant(''),
  fc.json().map((j) => j.slice(0, 4000)),
  fc.constantFrom(
    '{"stars":5}',
    '{"stars":"5"}',
    '{',
    '0\r\n\r\n',
    '5\r\nab',
    'ffffffff\r\n',
    '{"__proto__":{"x":1}}',
  ),
  fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b).toString('latin1')),
);

interface Case {
  method: string;
  path: string;
  version: string;
  headers: string[];
  withHead: boolean;
  body: string;
}

const request: fc.Arbitrary<Case> = fc.record({
  method,
  path,
  version: fc.oneof(
    { weight: 12, arbitrary: fc.constant('HTTP/1.1') },
    fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1 extra', ''),
  ),
  headers: fc.array(header, { maxLength: 5 }),
  withHead: fc.boolean(),
  body,
});

/** Sends bytes as they are and gives back what the server answered (status, or 0 for none). */
function raw(port: number, bytes: string): Promise<number> {
  return new Promise((resolve) => {
    let answer = '';
    let settle: NodeJS.Timeout | undefined;
    const socket = tcp(port, '127.0.0.1');
    const done = () => {
      clearTimeout(settle);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1];
      resolve(status ? Number(status) : 0);
    };
    const giveUp = setTimeout(done, 1500);
    socket.on('data', (d: Buffer) => {
      answer += d.toString('latin1');
      clearTimeout(settle);
      settle = setTimeout(() => {
        clearTimeout(giveUp);
        done();
      }, 60);
    });
    socket.on('close', () => {
      clearTimeout(giveUp);
      done();
    });
    socket.on('error', () => undefined);
    socket.write(bytes, 'latin1');
  });
}

function bytesOf(c: Case, token: string): string {
  const lines = [`${c.method} ${c.path} ${c.version}`.trimEnd(), 'Host: 127.0.0.1', ...c.headers];
  if (c.withHead) lines.push(`Authorization: Bearer ${token}`);
  return `${lines.join('\r\n')}\r\n\r\n${c.body}`;
}

let server: ServerProcess | null = null;
afterAll(async () => server?.stop());

describe('the HTTP surface under fuzzing', () => {
  it(`answers ${CASES} malformed requests without a 5xx, and keeps serving health and tickets after each`, async () => {
    server = await startFastServer(tempDataDir('kezek-http-fuzz-'));
    const { url, port } = server;
    const headToken = await login(url, 'head', 'kezek-head');
    const kiosk = await connect(url, await pair(url, 'kiosk'));
    const cases = fc.sample(request, { numRuns: CASES, seed: 12 });
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let tickets = 0;
    for (const [n, c] of cases.entries()) {
      const status = await raw(port, bytesOf(c, headToken));
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500 && status !== 503) failures.push(`${status} ${c.method} ${c.path.slice(0, 80)}`);
      const health = await fetch(`${url}/api/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (health !== 200)
        throw new Error(`case ${n} (${c.method} ${c.path.slice(0, 80)}) left health at ${health}`);
      const issued = await call(kiosk, 'ticket:issue', {
        requestId: `fuzz-case-${n}`,
        sectorId: 'legal',
        lang: 'kk',
      });
      if (!issued.ok) throw new Error(`case ${n}: a kiosk got ${issued.error}`);
      tickets++;
    }
    console.log(`http fuzz: ${CASES} cases, answers ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
    expect(tickets).toBe(CASES);
    expect(server.child.exitCode).toBeNull();
    kiosk.disconnect();
  }, 240_000);

  it('answers the requests that stopped the hand-written server with 4xx', async () => {
    server ??= await startFastServer(tempDataDir('kezek-http-fuzz-'));
    for (const line of [
      'GET // HTTP/1.1',
      'GET /api/tickets/%zz HTTP/1.1',
      'GET /t/%E0%A4%A HTTP/1.1',
      'GET /media/% HTTP/1.1',
    ]) {
      const status = await raw(server.port, `${line}\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(status, line).toBeGreaterThanOrEqual(400);
      expect(status, line).toBeLessThan(500);
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
