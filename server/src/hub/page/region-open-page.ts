// The region's public page, rendered on the hub with no script: it must open on any phone that scans
// the poster's QR code. Office names come from outside, so every text is escaped.
import type { PublicFigures, RegionOpenView } from '../region-open.js';
import { OPEN_PERIODS, OPEN_SORTS } from '../region-open.js';
import { fill } from './region-report-strings.js';
import { OPEN_STRINGS } from './region-open-strings.js';
import { REGION_LANGS, type RegionLang } from './region-strings.js';

const LANG_NAMES: Record<RegionLang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const CSS = `body{font:16px/1.4 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f8fa}
header,main,footer{max-width:46em;margin:0 auto;padding:.8em}
h1{font-size:1.3em;margin:.2em 0 .4em}
nav{display:flex;flex-wrap:wrap;gap:.4em;margin:.3em 0}
nav a{padding:.35em .7em;border:1px solid #d0d7de;border-radius:1em;color:#1b1f24;text-decoration:none;background:#fff}
nav a[aria-current]{background:#1b1f24;color:#fff}
ol{list-style:none;padding:0;margin:0}
li,.total{background:#fff;border:1px solid #d0d7de;border-radius:.6em;padding:.7em .8em;margin:.5em 0}
.total{border-color:#1b1f24}
.head{display:flex;gap:.6em;align-items:baseline}
.rank{font-weight:700;min-width:1.6em}
.name{font-weight:600;flex:1}
.key{font-size:1.4em;font-weight:700}
.small{color:#57606a;font-size:.9em}
footer{color:#57606a;font-size:.85em}`;

function fmt(n: number | null, lang: RegionLang, suffix = ''): string {
  return n === null ? '—' : `${n.toLocaleString(lang === 'kk' ? 'kk-KZ' : lang)}${suffix}`;
}

export function regionOpenHtml(view: RegionOpenView, lang: RegionLang, casesKnown: boolean): string {
  const t = OPEN_STRINGS[lang];
  const link = (q: { lang?: RegionLang; period?: string; sort?: string }) => {
    const p = new URLSearchParams({ lang, period: view.period, sort: view.sort, ...q });
    return `/open?${p.toString()}`;
  };
  const tab = (label: string, href: string, on: boolean) =>
    `<a href="${esc(href)}"${on ? ' aria-current="page"' : ''}>${esc(label)}</a>`;
  const keyOf = (f: PublicFigures) =>
    view.sort === 'visits'
      ? fmt(f.visits, lang)
      : view.sort === 'cases'
        ? fmt(f.casesOnTimePct, lang, '%')
        : fmt(f.withinNormPct, lang, '%');
  const details = (f: PublicFigures) =>
    `<div class="small">${esc(
      [
        view.sort === 'visits'
          ? `${t.norm}: ${fmt(f.withinNormPct, lang, '%')}`
          : `${t.visits}: ${fmt(f.visits, lang)}`,
        `${t.served}: ${fmt(f.served, lang)}`,
        `${t.avgWait}: ${fmt(f.avgWaitMin, lang)} ${t.min}`,
        `${t.rating}: ${fmt(f.ratingAvg, lang)}`,
      ].join(' · '),
    )}</div><div class="small">${esc(
      [
        `${t.solved} ${fmt(f.outcomes.solved, lang)}`,
        `${t.consulted} ${fmt(f.outcomes.consulted, lang)}`,
        `${t.inProgress} ${fmt(f.outcomes.in_progress, lang)}`,
        `${t.redirected} ${fmt(f.outcomes.redirected, lang)}`,
      ].join(' · '),
    )}</div>`;
  const sorts = OPEN_SORTS.filter((s) => s !== 'cases' || casesKnown);
  const offices = view.offices
    .map(
      (o) => `<li data-rank="${o.rank}"><div class="head"><span class="rank">${o.rank}</span>
<span class="name">${esc(o.name)} <span class="small">${esc(o.district)}</span></span>
<span class="key">${keyOf(o)}</span></div>${details(o)}</li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light">
<title>${esc(t.title)}</title><style>${CSS}</style>
<body><header>
<nav>${REGION_LANGS.map((l) => tab(LANG_NAMES[l], link({ lang: l }), l === lang)).join('')}</nav>
<h1>${esc(t.title)}</h1>
<nav>${(Object.keys(OPEN_PERIODS) as (keyof typeof OPEN_PERIODS)[]).map((p) => tab(t[p], link({ period: p }), p === view.period)).join('')}</nav>
<nav><span class="small">${esc(t.rankBy)}</span>${sorts.map((s) => tab(t[s], link({ sort: s }), s === view.sort)).join('')}</nav>
</header><main>
<div class="total"><div class="head"><span class="name">${esc(t.region)}</span><span class="key">${keyOf(view.total)}</span></div>${details(view.total)}</div>
${view.offices.length === 0 ? `<p>${esc(t.none)}</p>` : `<ol>${offices}</ol>`}
</main><footer><p>${esc(fill(t.period, { from: view.from, to: view.to }))}</p><p>${esc(t.privacy)}</p></footer>
</body></html>`;
}
