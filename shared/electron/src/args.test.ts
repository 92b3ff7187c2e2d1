import { describe, expect, it } from 'vitest';
import { parseShellArgs } from './args.js';

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
});
