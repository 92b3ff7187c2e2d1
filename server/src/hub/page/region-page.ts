// The regional page: a table of every office the viewer may see, refreshed every two seconds from
// /api/region/live. The page itself holds no data; the key the viewer types stays in this tab's
// sessionStorage and goes with each request. Rows are built with textContent, never HTML, since office
// names come from outside.
import { PERIODS_CSS, periodsHtml } from './region-periods-html.js';
import { REPORT_STRINGS } from './region-report-strings.js';
import { REGION_STRINGS, type RegionLang } from './region-strings.js';

/** The wait norm of the region's public service rules, in minutes: rows past it come first, in red. */
export const WAIT_NORM_MIN = 15;

export function regionPageHtml(lang: RegionLang): string {
  const t = REGION_STRINGS[lang];
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
body{font:16px system-ui,sans-serif;margin:1.5em;color:#1b1f24}
h1{font-size:1.5em;margin:0 0 .5em}
nav button{margin-right:.3em}
nav button[aria-pressed=true]{font-weight:bold}
table{border-collapse:collapse;margin-top:1em;width:100%}
th,td{border-bottom:1px solid #d0d7de;padding:.35em .6em;text-align:right}
th:first-child,td:first-child,th:nth-child(2),td:nth-child(2){text-align:left}
tr.breach td{color:#b42318;font-weight:600}
tr.total td{font-weight:700;border-top:2px solid #1b1f24}
#offices th{font-size:.85em;vertical-align:bottom}
#offices th,#offices td{padding:.35em .4em}
td.stale{color:#9a6700}
td.overdue{color:#b42318;font-weight:600}
#error{color:#b42318}
${PERIODS_CSS}
</style>
<body>
<nav><button data-lang="kk">Қазақша</button><button data-lang="ru">Русский</button><button data-lang="en">English</button></nav>
<h1 data-t="title">${t.title}</h1>
<form id="login" hidden><label><span data-t="key">${t.key}</span> <input id="key" autocomplete="off" size="60"></label>
<button data-t="signIn">${t.signIn}</button></form>
<p id="error" role="alert"></p>
${periodsHtml(lang)}
<section id="live">
<p><span id="scope"></span> · <span data-t="updated">${t.updated}</span> <span id="updated">—</span></p>
<div class="scroll"><table id="offices"><thead><tr>
${[
  'office',
  'district',
  'waiting',
  'longest',
  'desks',
  'served',
  'solved',
  'consulted',
  'in_progress',
  'redirected',
  'noShows',
  'casesOpen',
  'casesOverdue',
  'link',
]
  .map((k) => `<th data-t="${k}">${t[k as keyof typeof t]}</th>`)
  .join('')}
</tr></thead><tbody></tbody></table></div>
</section>
<script type="application/json" id="config">${JSON.stringify({ lang, strings: REGION_STRINGS, report: REPORT_STRINGS, norm: WAIT_NORM_MIN }).replace(/</g, '\\u003c')}</script>
<script src="/socket.io/socket.io.min.js" defer></script>
<script src="/region.js" defer></script>
<script src="/region-periods.js" defer></script>
</body></html>`;
}
