// One Vite setup for the three browser apps; each app's vite.config.ts is `appConfig('<name>')`.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { UserConfig } from 'vite';

export type AppName = 'kiosk' | 'display' | 'operator';

const DEV_PORTS: Record<AppName, number> = { kiosk: 5173, display: 5174, operator: 5175 };

export function appConfig(name: AppName): UserConfig {
  // The dev server forwards the socket and the HTTP API to the Kezek server, so pages see one origin.
  const server = process.env['KEZEK_SERVER'] ?? 'http://localhost:8080';
  return {
    base: `/${name}/`,
    plugins: [svelte()],
    resolve: {
      alias: { '@kezek/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)) },
    },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
    server: {
      port: DEV_PORTS[name],
      strictPort: true,
      proxy: {
        '/socket.io': { target: server, ws: true },
        '/api': { target: server },
      },
    },
    preview: { port: DEV_PORTS[name] },
  };
}
