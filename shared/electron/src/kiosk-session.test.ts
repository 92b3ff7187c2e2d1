// The files docs/deploy.md installs to keep a kiosk locked and running: the Linux kiosk session (its
// xsessions entry and script), the systemd user service and the Windows restart loop. The session
// script is run for real, with stand-ins for the shell, xset and the window manager on its PATH.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseShellArgs } from './args.js';
import { STAFF_QUIT_EXIT_CODE } from './restart.js';

const DIR = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => readFileSync(join(DIR, path), 'utf8');

/** An ini-style file (desktop entry, systemd unit) as { section: { key: [values] } }. */
function parseIni(text: string): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  let section: Record<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const head = /^\[(.+)\]$/.exec(line);
    if (head?.[1]) {
      section = out[head[1]] = {};
      continue;
    }
    const kv = /^([A-Za-z][A-Za-z0-9-]*)=(.*)$/.exec(line);
    if (!kv?.[1] || !section) throw new Error(`not a key=value line: ${line}`);
    (section[kv[1]] ??= []).push(kv[2] ?? '');
  }
  return out;
}

describe('the Linux kiosk session', () => {
  it('is a valid xsessions entry that runs the session script', () => {
    const entry = parseIni(read('linux/kezek-kiosk.desktop'))['Desktop Entry'];
    expect(entry?.['Type']).toEqual(['Application']);
    expect(entry?.['Name']?.[0]).toMatch(/Kezek/);
    expect(entry?.['Exec']).toEqual(['/usr/local/bin/kezek-kiosk-session']);
    expect(entry?.['TryExec']).toEqual(entry?.['Exec']);
  });

  it('the script is valid sh and uses the shell\'s own "staff quit" exit code', () => {
    execFileSync('sh', ['-n', join(DIR, 'linux/kezek-kiosk-session')]);
    expect(read('linux/kezek-kiosk-session')).toContain(`STAFF_QUIT=${STAFF_QUIT_EXIT_CODE}\n`);
  });

  it('turns the screensaver off, starts the window manager and restarts the shell until staff quit', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'kezek-session-'));
    const log = join(bin, 'log');
    const stub = (name: string, body: string) => {
      writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    };
    stub('xset', `echo "xset $*" >> ${log}`);
    stub('matchbox-window-manager', `echo "wm $*" >> ${log}`);
    // The shell crashes once, then exits to restart (new settings saved), then staff choose Quit.
    writeFileSync(join(bin, 'codes'), `1\n0\n${STAFF_QUIT_EXIT_CODE}\n`);
    stub(
      'kezek',
      `echo "kezek $*" >> ${log}\ncode=$(head -n1 ${bin}/codes); sed -i 1d ${bin}/codes; exit "$code"`,
    );
    await promisify(execFile)('sh', [join(DIR, 'linux/kezek-kiosk-session')], {
      env: { PATH: `${bin}:/usr/bin:/bin`, KEZEK_BIN: join(bin, 'kezek'), KEZEK_RESTART_DELAY: '0' },
      timeout: 10_000,
    });
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.startsWith('xset'))).toEqual(['xset s off', 'xset s noblank', 'xset -dpms']);
    const runs = lines.filter((l) => l.startsWith('kezek'));
    expect(runs).toHaveLength(3);
    expect(runs[0]).toBe('kezek --supervised --ozone-platform=x11');
    expect(parseShellArgs(runs[0]?.split(' ') ?? []).supervised).toBe(true);
    await expect.poll(() => readFileSync(log, 'utf8')).toContain('wm -use_titlebar no');
  });
});

describe('the systemd user service', () => {
  const unit = parseIni(read('linux/kezek-shell.service'));

  it('restarts the shell whenever it exits, never gives up, and stays stopped after staff quit', () => {
    expect(unit['Service']?.['Restart']).toEqual(['always']);
    expect(unit['Service']?.['RestartPreventExitStatus']).toEqual([String(STAFF_QUIT_EXIT_CODE)]);
    expect(unit['Unit']?.['StartLimitIntervalSec']).toEqual(['0']);
    expect(unit['Service']?.['ExecStart']).toEqual(['/opt/Kezek/kezek --supervised']);
    expect(unit['Install']?.['WantedBy']).toEqual(['graphical-session.target']);
  });

  it('is a unit systemd itself accepts', () => {
    // The packaged shell is not installed here: check the unit with a command that exists.
    const dir = mkdtempSync(join(tmpdir(), 'kezek-unit-'));
    const file = join(dir, 'kezek-shell.service');
    writeFileSync(file, read('linux/kezek-shell.service').replace('/opt/Kezek/kezek', '/bin/true'));
    // It warns (on stderr, still exiting 0) about a line it ignores: a warning is a failure here.
    const run = spawnSync('systemd-analyze', ['verify', '--man=no', file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('the Windows restart loop', () => {
  it('runs the installed shell supervised and stops only on the staff quit code', () => {
    const cmd = read('windows/kezek-kiosk.cmd');
    expect(cmd).toContain('%ProgramFiles%\\Kezek\\kezek.exe');
    expect(cmd).toContain('--supervised');
    expect(cmd).toContain(`if %ERRORLEVEL% EQU ${STAFF_QUIT_EXIT_CODE} exit /b 0`);
    expect(cmd.split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
  });
});
