// A kiosk page in Chromium at a real kiosk's size, paired with the demo office (which pairs local devices
// at once), and the checks kiosk tests share: what fits the screen, what a visitor can touch.
import type { Browser, Page } from 'playwright-core';

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

export interface KioskPageOptions {
  /** Install Playwright's clock before the page loads, so a test can jump over the idle time. */
  clock?: boolean;
}

export async function kioskPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  options: KioskPageOptions = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport, hasTouch: true });
  if (options.clock) await page.clock.install();
  await page.goto(`${url}/kiosk/`);
  await page.getByTestId('sector-legal').waitFor();
  return page;
}

/** Whether the page and its scrolling area need no scrolling, and where the named elements end. */
export async function overflow(page: Page): Promise<{ page: number; main: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const root = document.scrollingElement ?? document.documentElement;
    return {
      page: root.scrollHeight - window.innerHeight,
      main: main ? main.scrollHeight - main.clientHeight : 0,
    };
  });
}

/** Whether the element lies wholly on screen, and is what a finger on its centre would touch. */
export async function onScreen(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inside =
      r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inside && hit !== null && el.contains(hit);
  });
}

/** The top edge of the highest enabled button on screen, as a share of the screen's height. */
export async function highestButton(page: Page): Promise<{ share: number; testId: string | null }> {
  return page.evaluate(() => {
    let best = { share: 1, testId: null as string | null };
    for (const b of Array.from(document.querySelectorAll('button'))) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || b.disabled) continue;
      const share = r.top / window.innerHeight;
      if (share < best.share) best = { share, testId: b.getAttribute('data-testid') };
    }
    return best;
  });
}
