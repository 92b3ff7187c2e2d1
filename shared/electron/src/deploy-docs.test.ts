import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_SCREEN_FLAGS } from './chromium-kiosk-flags.js';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/deploy.md', import.meta.url)), 'utf8');

describe('docs/deploy.md', () => {
  it('quotes the Chromium kiosk flags the end-to-end tests use, in the same order', () => {
    const block = /```sh\nchromium --kiosk[\s\S]*?```/.exec(doc)?.[0] ?? '';
    const quoted = [...block.matchAll(/(--[a-z-]+(?:=\S+)?)/g)].map((m) => m[1]);
    expect(quoted.filter((f) => CHROMIUM_SCREEN_FLAGS.includes(f ?? ''))).toEqual([...CHROMIUM_SCREEN_FLAGS]);
  });
});
