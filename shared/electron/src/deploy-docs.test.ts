import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_SCREEN_FLAGS, kioskCommandFromDocs } from './chromium-kiosk-flags.js';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/deploy.md', import.meta.url)), 'utf8');

describe('docs/deploy.md', () => {
  it('quotes exactly the Chromium kiosk command of chromium-kiosk-flags.ts, nothing more or less', () => {
    const quoted = kioskCommandFromDocs(doc);
    expect(quoted.slice(0, 3)).toEqual(['chromium', '--kiosk', '--app=http://SERVER:8080/kiosk/']);
    expect(quoted[3]).toMatch(/^--user-data-dir=\S+$/);
    expect(quoted.slice(4)).toEqual([...CHROMIUM_SCREEN_FLAGS]);
  });
});
