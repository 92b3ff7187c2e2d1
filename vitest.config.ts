import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against TypeScript sources; only the crash and end-to-end tests start the built server.
export default defineConfig({
  resolve: {
    alias: { '@kezek/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)) },
  },
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'shared/electron/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'kiosk/src/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Two cores: the crash and browser tests start processes of their own.
    maxWorkers: 2,
  },
});
