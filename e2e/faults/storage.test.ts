// Broken storage: a journal cut mid-line by a power cut, a settings file that is garbage or half
// written, a data folder that is not a folder. The server says what is wrong, never overwrites what
// it cannot read, and keeps every whole line it has.
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type ServerProcess } from '../support/server-process.js';
import { call, connect, login, pair, state } from './support.js';

let server: ServerProcess | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function refusal(dataDir: string): Promise<string> {
  const error = await startServer(dataDir).then(
    (s) => {
      server = s;
      return null;
    },
    (err: unknown) => String(err),
  );
  expect(error).not.toBeNull();
  return error ?? '';
}

describe('storage faults', () => {
  it('keeps every whole line of a journal cut mid-line and drops only the torn tail', async () => {
    const dataDir = tempDataDir('kezek-torn-');
    server = await startServer(dataDir);
    const kiosk = await connect(server.url, await pair(server.url, 'kiosk'));
    const numbers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await call(kiosk, 'ticket:issue', {
        requestId: `torn-${i}-xxxx`,
        sectorId: 'legal',
        lang: 'kk',
      });
      numbers.push((r.data as { ticket: { number: string } }).ticket.number);
    }
    kiosk.disconnect();
    await server.kill9();
    const [file] = readdirSync(join(dataDir, 'journal'));
    const path = join(dataDir, 'journal', file ?? '');
    const whole = statSync(path).size;
    appendFileSync(path, '{"seq":999,"at":17000000,"req":"x:y","events":[{"type":"ticket:iss');

    server = await startServer(dataDir);
    expect(server.output()).toContain('torn last line');
    expect(statSync(path).size).toBe(whole);
    const head = await login(server.url, 'head', 'kezek-head');
    const dump = (await state(server, head)) as { state: { tickets: Record<string, { number: string }> } };
    const tickets = Object.values(dump.state.tickets);
    expect(tickets.map((t) => t.number)).toEqual(numbers);
  });

  it.each([
    ['garbage', '\u0000\u0013 not json at all'],
    ['half written', '{"schemaVersion":2,"office":{"officeName":{"kk":"Ауда'],
  ])('refuses to start over a %s settings file and leaves it untouched', async (_, content) => {
    const dataDir = tempDataDir('kezek-settings-');
    writeFileSync(join(dataDir, 'settings.json'), content);
    const error = await refusal(dataDir);
    expect(error).toMatch(/cannot start/);
    expect(error).toMatch(/settings/i);
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe(content);
  });

  it('refuses to start when the data folder is a file, and says so', async () => {
    const parent = tempDataDir('kezek-notdir-');
    const dataDir = join(parent, 'data');
    writeFileSync(dataDir, 'I am a file, not a folder');
    const error = await refusal(dataDir);
    expect(error).toMatch(/cannot start/);
    expect(error).toMatch(/ENOTDIR|not a directory|EEXIST/i);
    expect(readFileSync(dataDir, 'utf8')).toBe('I am a file, not a folder');
  });

  it('refuses to start over a journal whose middle is corrupt instead of dropping acknowledged history', async () => {
    const dataDir = tempDataDir('kezek-corrupt-');
    server = await startServer(dataDir);
    const kiosk = await connect(server.url, await pair(server.url, 'kiosk'));
    for (let i = 0; i < 3; i++)
      await call(kiosk, 'ticket:issue', { requestId: `cor-${i}-xxxxx`, sectorId: 'legal', lang: 'kk' });
    kiosk.disconnect();
    await server.stop();
    server = null;
    const [file] = readdirSync(join(dataDir, 'journal'));
    const path = join(dataDir, 'journal', file ?? '');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = '{"seq":2, this line was scribbled over}';
    const corrupt = lines.join('\n');
    writeFileSync(path, corrupt);
    const error = await refusal(dataDir);
    expect(error).toMatch(/cannot start/);
    expect(readFileSync(path, 'utf8')).toBe(corrupt);
  });
});
