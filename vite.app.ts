// One Vite setup for the three browser apps; each app's vite.config.ts is `appConfig('<name>')`.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin, UserConfig } from 'vite';

export type AppName = 'kiosk' | 'display' | 'operator';

const DEV_PORTS: Record<AppName, number> = { kiosk: 5173, display: 5174, operator: 5175 };

export function appConfig(name: AppName): UserConfig {
  // The dev server forwards the socket and the HTTP API to the Kezek server, so pages see one origin.
  const server = process.env['KEZEK_SERVER'] ?? 'http://localhost:8080';
  return {
    base: `/${name}/`,
    plugins: [svelte(), pageShell(name)],
    resolve: {
      alias: {
        '@kezek/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)),
        // Svelte components and the socket link the apps share; kept out of shared/src, which tsc builds for the server.
        '@kezek/ui': fileURLToPath(new URL('./shared/ui', import.meta.url)),
      },
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

/**
 * The page around each app, written once: charset, viewport, icon, the mount point and the entry script.
 * Each index.html keeps what is its own: language, colour scheme and title. 'pre', so Vite bundles the script.
 */
function pageShell(name: AppName): Plugin {
  // The kiosk and the hall screen are touch or wall screens: no pinch zoom that nobody can undo.
  const viewport =
    name === 'operator'
      ? 'width=device-width, initial-scale=1'
      : 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no';
  return {
    name: 'kezek-page-shell',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'viewport', content: viewport }, injectTo: 'head-prepend' },
        { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head' },
        { tag: 'div', attrs: { id: 'app' }, injectTo: 'body-prepend' },
        { tag: 'script', attrs: { type: 'module', src: '/src/main.ts' }, injectTo: 'body' },
      ],
    },
  };
}
