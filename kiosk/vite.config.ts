import { fileURLToPath } from 'node:url';
import type { IndexHtmlTransformContext, Plugin, PluginOption } from 'vite';
import { appConfig } from '../vite.app.ts';

const base = appConfig('kiosk');

/**
 * The shared page shell (vite.app.ts) puts the kiosk's own entry script into every page; the phone's
 * status pages and the public figures page must not start the kiosk, so the shell is kept to index.html
 * here.
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

// Five pages: the touch kiosk (index.html), the phone's ticket status page (status.html, served at
// /t/<code>), a case's status page (case.html, served at /c/<code>) the office's public figures
// (open.html, served at /open) and the residents' booking page (book.html, served at /book).
export default {
  ...base,
  plugins: (base.plugins ?? []).map(shellOnlyOnIndex),
  build: {
    ...base.build,
    rollupOptions: {
      input: {
        kiosk: fileURLToPath(new URL('./index.html', import.meta.url)),
        status: fileURLToPath(new URL('./status.html', import.meta.url)),
        case: fileURLToPath(new URL('./case.html', import.meta.url)),
        open: fileURLToPath(new URL('./open.html', import.meta.url)),
        book: fileURLToPath(new URL('./book.html', import.meta.url)),
      },
    },
  },
};
