// What the hall display page has played: announcer.svelte.ts keeps a log on window for tests.
import type { Page } from 'playwright-core';

export interface PlayedClip {
  url: string;
  call: string;
  start: number;
  end: number;
}

/** What the display page has played so far (announcer.svelte.ts keeps the log). */
export function played(page: Page): Promise<PlayedClip[]> {
  return page.evaluate(() => (window as unknown as { __kezekPlayed?: PlayedClip[] }).__kezekPlayed ?? []);
}
