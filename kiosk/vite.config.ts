import { fileURLToPath } from 'node:url';
import type { IndexHtmlTransformContext, Plugin, PluginOption } from 'vite';
import { appConfig } from '../vite.app.ts';

const base = appConfig('kiosk');

/**
 * The shared page shell (vite.app.ts) puts the kiosk's own entry script into every page; the phone's
 * status page and the public figures page must not start the kiosk, so the shell is kept to index.html here.
 */
function shellOnlyOnIndex(plugin: PluginOption): PluginOption {
  const p = plugin as Plugin | null;
  if (!p || p.name !== 'kezek-page-shell' || typeof p.transformIndexHtml !== 'object') return plugin;
  const hook = p.transformIndexHtml;
  const handler = 'handler' in hook ? hook.handler : null;
  if (typeof handler !== 'function') return plugin;
  return {
    ...p,
    transformIndexHtml: {
      ...hook,
      handler: (html: string, ctx: IndexHtmlTransformContext) =>
        ctx.filename.endsWith('index.html') ? handler.call(p as never, html, ctx) : html,
    },
  } as Plugin;
}

// Three pages: the touch kiosk (index.html), the phone's ticket status page (status.html, served at
// /t/<code>) and the office's public figures (open.html, served at /open).
export default {
  ...base,
  plugins: (base.plugins ?? []).map(shellOnlyOnIndex),
  build: {
    ...base.build,
    rollupOptions: {
      input: {
        kiosk: fileURLToPath(new URL('./index.html', import.meta.url)),
        status: fileURLToPath(new URL('./status.html', import.meta.url)),
        open: fileURLToPath(new URL('./open.html', import.meta.url)),
      },
    },
  },
};
