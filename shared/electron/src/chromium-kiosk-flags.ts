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

/**
 * The `chromium --kiosk …` command docs/deploy.md quotes, as an argument list (line continuations
 * joined). The end-to-end tests start Chromium with exactly this, so the page cannot drift from them.
 */
export function kioskCommandFromDocs(markdown: string): string[] {
  const block = /```sh\n(chromium --kiosk[\s\S]*?)```/.exec(markdown)?.[1];
  if (!block) throw new Error('docs/deploy.md has no ```sh block starting with "chromium --kiosk"');
  return block.replace(/\\\n/g, ' ').trim().split(/\s+/);
}
