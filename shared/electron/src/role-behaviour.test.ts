import { EventEmitter } from 'node:events';
import type { BrowserWindow, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { wireRecovery } from './crash-recovery.js';
import { kioskIpc } from './kiosk-ipc.js';
import type { Send } from './local-print.js';
import { roleBehaviour } from './role-behaviour.js';

describe('what each role does beyond its window', () => {
  it('the hall display plays sound without a tap, never sleeps, cannot be closed, and staff get in as on a kiosk', () => {
    const display = roleBehaviour('display');
    expect(display.switches).toContainEqual(['autoplay-policy', 'no-user-gesture-required']);
    expect(display.switches).toContainEqual(['disable-pinch']);
    expect(display).toMatchObject({
      preventDisplaySleep: true,
      closable: false,
      staffGesture: true,
      blockDialogs: true,
    });
  });

  it('the kiosk never sleeps, cannot be closed, has no pinch and counts the staff gesture', () => {
    const kiosk = roleBehaviour('kiosk');
    expect(kiosk.switches).toEqual([['disable-pinch']]);
    expect(kiosk).toMatchObject({
      preventDisplaySleep: true,
      closable: false,
      staffGesture: true,
      blockDialogs: true,
    });
    expect(kiosk.switches.flat()).not.toContain('autoplay-policy'); // a kiosk speaks only after a touch
  });

  it("the operator's desk is a normal window with the global hotkey, downloads and dialogs", () => {
    expect(roleBehaviour('operator')).toEqual({
      switches: [],
      preventDisplaySleep: false,
      closable: true,
      globalHotkey: true,
      staffGesture: false,
      blockDialogs: false,
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
  const CONNECTING = { id: 'connecting page' };
  const OTHER = { id: 'other' };
  const make = (printer: string | undefined, onStaffGesture = () => {}, send?: Send) => {
    let clock = 0;
    const jobs: Uint8Array[] = [];
    const logged: string[] = [];
    const ipc = kioskIpc({
      printer,
      fromPage: (sender) => sender === PAGE,
      tapFrom: (sender) => sender === PAGE || sender === CONNECTING,
      onStaffGesture,
      now: () => (clock += 100),
      send: send ?? (async (_target, bytes) => void jobs.push(bytes)),
      log: (m) => void logged.push(m),
    });
    return { ipc, jobs, logged };
  };

  it('tells the page whether a local printer is set, and tells nobody else', () => {
    expect(make('tcp://10.0.0.50').ipc.hasPrinter(PAGE)).toBe(true);
    expect(make(undefined).ipc.hasPrinter(PAGE)).toBe(false);
    expect(make('tcp://10.0.0.50').ipc.hasPrinter(OTHER)).toBe(false);
  });

  it("prints the page's bytes on the configured printer, never another sender's", async () => {
    const { ipc, jobs } = make('device:/dev/usb/lp0');
    expect(await ipc.print(OTHER, new Uint8Array([1]))).toEqual({ ok: false, reason: 'failed' });
    expect(jobs).toHaveLength(0);
    expect(await ipc.print(PAGE, new Uint8Array([0x1b, 0x40]))).toEqual({ ok: true });
    expect(jobs).toEqual([new Uint8Array([0x1b, 0x40])]);
  });

  it('a page printing in a loop gets four tickets, then refusals, and nothing more reaches the printer', async () => {
    const { ipc, jobs, logged } = make('tcp://10.0.0.50');
    const outcomes = [];
    for (let i = 0; i < 10; i++) outcomes.push(await ipc.print(PAGE, new Uint8Array([i + 1])));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(4);
    expect(jobs).toHaveLength(4);
    expect(logged[0]).toMatch(/refused/);
  });

  it('a failed print tells the page only "failed"; the device path and error go to the log', async () => {
    const { ipc, logged } = make('device:/dev/usb/lp0', undefined, async () => {
      throw new Error("EACCES: permission denied, open '/dev/usb/lp0'");
    });
    expect(await ipc.print(PAGE, new Uint8Array([1]))).toEqual({ ok: false, reason: 'failed' });
    expect(logged.join()).toContain('/dev/usb/lp0');
  });

  it("opens the settings after five corner taps from the page; other senders' taps do not count", () => {
    let opened = 0;
    const { ipc } = make(undefined, () => void opened++);
    for (let i = 0; i < 4; i++) ipc.cornerTap(PAGE);
    ipc.cornerTap(OTHER);
    expect(opened).toBe(0);
    ipc.cornerTap(PAGE);
    expect(opened).toBe(1);
  });

  it('taps on the "connecting…" page count too (a wrong server address can be fixed), printing there does not', async () => {
    let opened = 0;
    const { ipc, jobs } = make('tcp://10.0.0.50', () => void opened++);
    for (let i = 0; i < 5; i++) ipc.cornerTap(CONNECTING);
    expect(opened).toBe(1);
    expect(await ipc.print(CONNECTING, new Uint8Array([1]))).toEqual({ ok: false, reason: 'failed' });
    expect(ipc.hasPrinter(CONNECTING)).toBe(false);
    expect(jobs).toHaveLength(0);
  });
});
