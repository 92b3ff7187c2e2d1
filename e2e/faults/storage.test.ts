// Broken storage: a journal cut mid-line by a power cut, a settings file that is garbage or half
// written, a data folder that is not a folder. The server says what is wrong, never overwrites what
// it cannot read, and keeps every whole line it has.
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Today's journal (journal/ also holds numbers.json). */
function journalFile(dataDir: string): string {
  const [file] = readdirSync(join(dataDir, 'journal')).filter((n) => n.endsWith('.ndjson'));
  return join(dataDir, 'journal', file ?? '');
}

/** A day with `count` tickets issued from a kiosk, the server stopped; returns their numbers. */
async function dayWithTickets(
  prefix: string,
  count: number,
): Promise<{ dataDir: string; numbers: string[] }> {
  const dataDir = tempDataDir(prefix);
  server = await startServer(dataDir);
  const numbers = await issue(server.url, count, prefix);
  await server.stop();
  server = null;
  return { dataDir, numbers };
}

async function issue(url: string, count: number, tag: string): Promise<string[]> {
  const kiosk = await connect(url, await pair(url, 'kiosk'));
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await call(kiosk, 'ticket:issue', {
      requestId: `${tag}-${i}-xxxx`,
      sectorId: 'legal',
      lang: 'kk',
    });
    numbers.push((r.data as { ticket: { number: string } }).ticket.number);
  }
  kiosk.disconnect();
  return numbers;
}

async function ticketNumbers(url: string): Promise<string[]> {
  const head = await login(url, 'head', 'kezek-head');
  const dump = (await state(server as ServerProcess, head)) as {
    state: { tickets: Record<string, { number: string }> };
  };
  return Object.values(dump.state.tickets).map((t) => t.number);
}

/** The refusal names the file and says what to do: a backup, or the flag. */
function expectGuidance(error: string, file: string): void {
  expect(error).toContain(file);
  expect(error).toMatch(/restore the data folder from a backup/);
  expect(error).toContain('--accept-damaged-journal');
  expect(error).not.toMatch(/TypeError/);
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

  it('refuses a journal with a line removed from the middle, then with --accept-damaged-journal keeps a copy, goes on from the good prefix and never repeats a number', async () => {
    const { dataDir, numbers } = await dayWithTickets('kezek-gap-', 5);
    const path = journalFile(dataDir);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.splice(4, 1); // header, open-day, A001, A002, [A003 removed], A004, A005
    const damaged = lines.join('\n');
    writeFileSync(path, damaged);

    const error = await refusal(dataDir);
    expectGuidance(error, path);
    expect(error).toMatch(/line 5: is numbered 5 after 3: lines are missing/);
    expect(readFileSync(path, 'utf8')).toBe(damaged);

    server = await startServer(dataDir, undefined, { args: ['--accept-damaged-journal'] });
    expect(server.output()).toContain('damaged journal accepted');
    const copies = readdirSync(join(dataDir, 'journal')).filter((n) => n.includes('.ndjson.damaged-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'journal', copies[0] ?? ''), 'utf8')).toBe(damaged);
    expect(await ticketNumbers(server.url)).toEqual(numbers.slice(0, 2));
    const [next] = await issue(server.url, 1, 'after-gap');
    expect(numbers).not.toContain(next);
  });

  it('refuses a journal whose line was edited into other valid JSON', async () => {
    const { dataDir, numbers } = await dayWithTickets('kezek-edit-', 3);
    const path = journalFile(dataDir);
    const edited = readFileSync(path, 'utf8').replace(`"number":"${numbers[1]}"`, '"number":"A777"');
    expect(edited).not.toBe(readFileSync(path, 'utf8'));
    writeFileSync(path, edited);
    const error = await refusal(dataDir);
    expectGuidance(error, path);
    expect(error).toMatch(/line 4: checksum does not match/);
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });

  it("refuses a journal where a line's sequence was changed", async () => {
    const { dataDir } = await dayWithTickets('kezek-seq-', 3);
    const path = journalFile(dataDir);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[3] = (lines[3] ?? '').replace('"seq":3', '"seq":4');
    writeFileSync(path, lines.join('\n'));
    const error = await refusal(dataDir);
    expectGuidance(error, path);
    expect(error).toMatch(/line 4: checksum does not match/);
  });

  it.each([
    ['emptied', (path: string) => writeFileSync(path, '')],
    ['deleted', (path: string) => rmSync(path)],
  ])(
    'refuses a journal %s after the day gave out numbers, and when accepted gives none of them again',
    async (how, damage) => {
      const { dataDir, numbers } = await dayWithTickets(`kezek-${how}-`, 3);
      const path = journalFile(dataDir);
      damage(path);
      const error = await refusal(dataDir);
      expectGuidance(error, path);
      expect(error).toMatch(/is missing or empty, but the day gave out ticket numbers/);

      server = await startServer(dataDir, undefined, { args: ['--accept-damaged-journal'] });
      const [next] = await issue(server.url, 1, `after-${how}`);
      expect(numbers).not.toContain(next);
      expect(Number(next?.slice(1))).toBeGreaterThan(3);
    },
  );

  it('starts over a journal of the older format without checksums, and refuses a malformed line in one by its number', async () => {
    const { dataDir, numbers } = await dayWithTickets('kezek-v1-', 3);
    const path = journalFile(dataDir);
    // What a server before format 2 wrote: bare entries, no header.
    const bare = readFileSync(path, 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => JSON.stringify((JSON.parse(line) as { entry: unknown }).entry));
    writeFileSync(path, bare.map((l) => `${l}\n`).join(''));
    server = await startServer(dataDir);
    expect(await ticketNumbers(server.url)).toEqual(numbers);
    await server.stop();
    server = null;

    const lines = readFileSync(path, 'utf8').split('\n');
    lines[2] = '{"seq":3,"at":1,"req":null,"ack":null}';
    writeFileSync(path, lines.join('\n'));
    const error = await refusal(dataDir);
    expectGuidance(error, path);
    expect(error).toMatch(/line 3: cannot be replayed \(Error: not a journal entry: events is not a list\)/);
  });

  it.each([
    ['the office is null', { office: null }],
    ['users is not a list', { users: { head: true } }],
    ['a device has no kind', { devices: [{ id: 'd1', name: 'kiosk' }] }],
  ])('refuses settings where %s, naming the file and the field, never with a TypeError', async (_, patch) => {
    const dataDir = tempDataDir('kezek-shape-');
    server = await startServer(dataDir);
    await server.stop();
    server = null;
    const path = join(dataDir, 'settings.json');
    const content = JSON.stringify({ ...(JSON.parse(readFileSync(path, 'utf8')) as object), ...patch });
    writeFileSync(path, content);
    const error = await refusal(dataDir);
    expect(error).toContain(`settings file ${path} has fields of the wrong shape (${Object.keys(patch)[0]}`);
    expect(error).not.toMatch(/TypeError/);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});
