// The page a screen shows while the office server cannot be reached (the server PC is still booting, a
// cable is out). The main process keeps probing and loads the role's page as soon as the server answers.
import { CONNECTING, SHELL_LANGS, dataUrl, escapeHtml } from './shell-messages.js';

export interface ConnectingState {
  server: string;
  attempt: number;
  /** Seconds until the next try, shown so staff can tell the screen is alive. */
  retryInSeconds: number;
}

export function connectingPageHtml(state: ConnectingState): string {
  const blocks = SHELL_LANGS.map(
    (lang) =>
      `<section lang="${lang}"><h1>${escapeHtml(CONNECTING[lang].title)}</h1>` +
      `<p>${escapeHtml(CONNECTING[lang].body)}</p></section>`,
  ).join('');
  return `<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Kezek</title>
<style>
body{margin:0;min-height:100vh;display:flex;flex-direction:column;justify-content:center;align-items:center;
background:#0b1f33;color:#f4f7fb;font-family:"Noto Sans","DejaVu Sans",sans-serif;text-align:center;
user-select:none;cursor:default}
section{margin:1.2em 0}h1{font-size:2.6em;margin:0 0 .2em}p{font-size:1.3em;margin:0;opacity:.85}
footer{margin-top:2em;font-size:1em;opacity:.6;font-family:monospace}
.spinner{width:3em;height:3em;border:.35em solid #35506e;border-top-color:#f4f7fb;border-radius:50%;
animation:spin 1s linear infinite;margin-bottom:1.5em}@keyframes spin{to{transform:rotate(1turn)}}
</style></head><body><div class="spinner"></div>${blocks}
<footer>${escapeHtml(state.server)} · #${state.attempt} · ${state.retryInSeconds} s</footer></body></html>`;
}

export function connectingPageUrl(state: ConnectingState): string {
  return dataUrl(connectingPageHtml(state));
}
