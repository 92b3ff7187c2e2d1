import { describe, expect, it } from 'vitest';
import { parseShellArgs, relaunchArgs } from './args.js';
import { STAFF_QUIT_EXIT_CODE, restartPlan } from './restart.js';

describe('shell switches', () => {
  it('reads role, server and screen among the switches Electron and Chromium add', () => {
    const args = parseShellArgs([
      '/opt/Kezek/kezek',
      '--no-sandbox',
      '--role=display',
      '--server=192.168.1.10',
      '--screen=1',
      '--enable-logging',
    ]);
    expect(args).toEqual({
      role: 'display',
      server: 'http://192.168.1.10:8080',
      screen: 1,
      reset: false,
      supervised: false,
      settings: false,
      problems: [],
    });
  });

  it('reports a wrong role, an empty server and a negative screen instead of starting wrong', () => {
    const args = parseShellArgs(['--role=printer', '--server=', '--screen=-1']);
    expect(args.role).toBeUndefined();
    expect(args.server).toBeUndefined();
    expect(args.screen).toBeUndefined();
    expect(args.problems).toHaveLength(3);
  });

  it('--reset asks for the first-run page again', () => {
    expect(parseShellArgs(['--reset']).reset).toBe(true);
  });

  it('a relaunch drops the switches that seeded or reset the config and keeps everything else', () => {
    const argv = ['/app', '--reset', '--role=kiosk', '--server=10.0.0.5', '--screen=1', '--supervised'];
    expect(relaunchArgs([...argv, '--ozone-platform=x11', '--settings'])).toEqual([
      '/app',
      '--supervised',
      '--ozone-platform=x11',
    ]);
  });

  it('restarts by relaunching when alone, and by exiting when a supervisor starts the next shell', () => {
    const argv = ['/opt/Kezek/kezek', '--reset', '--role=kiosk', '--server=10.0.0.5'];
    expect(restartPlan(argv, false)).toEqual({ relaunch: [], exitCode: 0 });
    expect(restartPlan([...argv, '--supervised'], true)).toEqual({ relaunch: null, exitCode: 0 });
    expect(STAFF_QUIT_EXIT_CODE).not.toBe(0);
  });
});
