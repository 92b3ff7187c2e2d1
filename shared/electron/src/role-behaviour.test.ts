import { EventEmitter } from 'node:events';
import type { BrowserWindow, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { wireRecovery } from './crash-recovery.js';
import { kioskIpc } from './kiosk-ipc.js';
import { roleBehaviour } from './role-behaviour.js';

describe('what each role does beyond its window', () => {
  it('the hall display plays sound without a tap, never sleeps and cannot be closed', () => {
    const display = roleBehaviour('display');
    expect(display.switches).toContainEqual(['autoplay-policy', 'no-user-gesture-required']);
    expect(display.switches).toContainEqual(['disable-pinch']);
    expect(display).toMatchObject({ preventDisplaySleep: true, closable: false });
  });

  it('the kiosk never sleeps, cannot be closed, has no pinch and counts the staff gesture', () => {
    const kiosk = roleBehaviour('kiosk');
    expect(kiosk.switches).toEqual([['disable-pinch']]);
    expect(kiosk).toMatchObject({ preventDisplaySleep: true, closable: false, staffGesture: true });
    expect(kiosk.switches.flat()).not.toContain('autoplay-policy'); // a kiosk speaks only after a touch
  });

  it("the operator's desk is a normal window with the global hotkey", () => {
    expect(roleBehaviour('operator')).toEqual({
      switches: [],
      preventDisplaySleep: false,
      closable: true,
      globalHotkey: true,
      staffGesture: false,
    });
  });
});

describe('recovery from a crashed or hung page', () => {
  function wired() {
    const win = new EventEmitter();
    const contents = Object.assign(new EventEmitter(), { crashed: 0, forcefullyCrashRenderer: () => {} });
    contents.forcefullyCrashRenderer = () => void contents.crashed++;
    const delays: number[] = [];
    let clock = 0;
    wireRecovery(win as unknown as BrowserWindow, contents as unknown as WebContents, () => {}, {
      now: () => (clock += 1000),
      setTimer: (run, ms) => {
        delays.push(ms);
        run();
      },
    });
    return { win, contents, delays };
  }

  it('reconnects after a renderer crash, at once and then with a pause when it keeps crashing', () => {
    const { contents, delays } = wired();
    for (let i = 0; i < 4; i++) contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(delays).toEqual([0, 0, 0, 15_000]);
  });

  it('a hung page is crashed on purpose, so the crash path brings it back', () => {
    const { win, contents } = wired();
    win.emit('unresponsive');
    expect(contents.crashed).toBe(1);
  });

  it('a page load that failed because the server went away goes back to connecting; aborted loads do not', () => {
    const { contents, delays } = wired();
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'http://s/kiosk/', true);
    contents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'http://s/x.png', false);
    expect(delays).toEqual([]);
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', 'http://s/kiosk/', true);
    expect(delays).toEqual([0]);
  });
});

describe("the kiosk's IPC", () => {
  const PAGE = { id: 'page' };
  const OTHER = { id: 'other' };
  const jobs: Uint8Array[] = [];
  const make = (printer: string | undefined, onStaffGesture = () => {}) => {
    let clock = 0;
    return kioskIpc({
      printer,
      fromPage: (sender) => sender === PAGE,
      onStaffGesture,
      now: () => (clock += 100),
      send: async (_target, bytes) => void jobs.push(bytes),
    });
  };

  it('tells the page whether a local printer is set, and tells nobody else', () => {
    expect(make('tcp://10.0.0.50').hasPrinter(PAGE)).toBe(true);
    expect(make(undefined).hasPrinter(PAGE)).toBe(false);
    expect(make('tcp://10.0.0.50').hasPrinter(OTHER)).toBe(false);
  });

  it("prints the page's bytes on the configured printer, never another sender's", async () => {
    const ipc = make('device:/dev/usb/lp0');
    expect(await ipc.print(OTHER, new Uint8Array([1]))).toEqual({ ok: false, reason: 'failed' });
    expect(jobs).toHaveLength(0);
    expect(await ipc.print(PAGE, new Uint8Array([0x1b, 0x40]))).toEqual({ ok: true });
    expect(jobs).toEqual([new Uint8Array([0x1b, 0x40])]);
  });

  it("opens the settings after five corner taps from the page; other senders' taps do not count", () => {
    let opened = 0;
    const ipc = make(undefined, () => void opened++);
    for (let i = 0; i < 4; i++) ipc.cornerTap(PAGE);
    ipc.cornerTap(OTHER);
    expect(opened).toBe(0);
    ipc.cornerTap(PAGE);
    expect(opened).toBe(1);
  });
});
