// The periods view's script, served as /region-periods.js beside /region.js. It takes the language the
// live script set on <html> (and hears it change) and the viewer's key from sessionStorage; the tables
// come from the hub already built, the same ones the CSV and Excel files hold.
export const PERIODS_SCRIPT = String.raw`
'use strict';
(() => {
const config = JSON.parse(document.getElementById('config').textContent);
const $ = (id) => document.getElementById(id);
const lang = () => (config.report[document.documentElement.lang] ? document.documentElement.lang : config.lang);
const words = () => config.report[lang()];
const key = () => sessionStorage.getItem('kezek-region-key');
let shown = null;

const pad = (n) => String(n).padStart(2, '0');
function dayFromToday(offset) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
}

function applyWords() {
  for (const el of document.querySelectorAll('[data-r]')) el.textContent = words()[el.dataset.r];
  if (shown) render(shown);
}

function query(format) {
  const p = new URLSearchParams({ from: $('from').value, to: $('to').value, by: $('by').value, lang: lang(), format });
  return '/api/region/report?' + p;
}

async function load() {
  if (!key() || !$('from').value || !$('to').value) return;
  try {
    const res = await fetch(query('view'), { headers: { authorization: 'Bearer ' + key() }, cache: 'no-store' });
    if (!res.ok) throw new Error(String(res.status));
    $('error').textContent = '';
    render(await res.json());
  } catch {
    $('error').textContent = config.strings[lang()].unreachable;
  }
}

const number = (v) => (typeof v === 'number' ? v.toLocaleString(lang()) : v === null ? '—' : String(v));

function render(view) {
  shown = view;
  const [main, alerts] = view.tables;
  $('report-caption').textContent = view.caption;
  const head = document.createElement('tr');
  for (const h of main.header) {
    const th = document.createElement('th');
    th.textContent = h;
    head.appendChild(th);
  }
  $('report').tHead.replaceChildren(head);
  const alerted = new Set(view.report.alerts.map((a) => a.officeId));
  const body = $('report').tBodies[0];
  body.replaceChildren();
  main.rows.forEach((cells, i) => {
    const row = view.report.rows[i];
    const tr = document.createElement('tr');
    tr.dataset.key = row ? row.key : 'total';
    if (!row) tr.className = 'total';
    else if (view.report.by === 'office' && alerted.has(row.key)) tr.className = 'alert';
    for (const v of cells) {
      const td = document.createElement('td');
      td.textContent = number(v);
      tr.appendChild(td);
    }
    body.appendChild(tr);
  });
  $('alert-rule').textContent = alerts.header[0];
  $('alerts').replaceChildren(
    ...alerts.rows.map(([text]) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
}

async function download(format) {
  const res = await fetch(query(format), { headers: { authorization: 'Bearer ' + key() } });
  if (!res.ok) return;
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '')?.[1] || 'report';
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function showTab(name) {
  for (const b of document.querySelectorAll('#tabs button')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
  $('live').hidden = name !== 'live';
  $('periods').hidden = name !== 'periods';
  document.body.classList.toggle('periods', name === 'periods');
  if (name === 'periods' && !shown) void load();
}

for (const b of document.querySelectorAll('#tabs button')) {
  b.addEventListener('click', () => {
    history.replaceState(null, '', b.dataset.tab === 'periods' ? '#periods' : location.pathname + location.search);
    showTab(b.dataset.tab);
  });
}
for (const b of document.querySelectorAll('[data-quick]')) {
  b.addEventListener('click', () => {
    $('to').value = dayFromToday(-1);
    $('from').value = dayFromToday(-Number(b.dataset.quick));
    void load();
  });
}
for (const b of document.querySelectorAll('[data-format]')) b.addEventListener('click', () => void download(b.dataset.format));
$('print').addEventListener('click', () => window.print());
$('period-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void load();
});
$('by').addEventListener('change', () => void load());
document.addEventListener('kezek-lang', () => {
  applyWords();
  if (shown) void load();
});
$('to').value = dayFromToday(-1);
$('from').value = dayFromToday(-7);
applyWords();
showTab(location.hash === '#periods' ? 'periods' : 'live');
})();
`;
