// The Chromium switches for running a Kezek screen without the Electron shell (docs/deploy.md quotes this
// list) and that the end-to-end tests launch Debian's Chromium with, so the two cannot drift apart.

/** Sound without a tap, no error bubbles, no pinch or swipe-back, nothing that phones home or pops up. */
export const CHROMIUM_SCREEN_FLAGS: readonly string[] = [
  '--autoplay-policy=no-user-gesture-required',
  '--noerrdialogs',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--no-first-run',
  '--disable-translate',
  '--disable-features=Translate',
  '--disable-session-crashed-bubble',
  '--disable-infobars',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--check-for-update-interval=31536000',
];

/** The full command for a kiosk-mode screen of `role` (`--kiosk` needs a window system: not for tests). */
export function chromiumKioskCommand(server: string, role: string, userDataDir: string): string[] {
  return [
    'chromium',
    '--kiosk',
    `--app=${server}/${role}/`,
    `--user-data-dir=${userDataDir}`,
    ...CHROMIUM_SCREEN_FLAGS,
  ];
}
