// The regional page's script, served as /region.js. Plain browser JavaScript in a string: it is small,
// and the hub then serves the page without a build step of its own.
export const REGION_SCRIPT = String.raw`
'use strict';
const config = JSON.parse(document.getElementById('config').textContent);
let lang = new URLSearchParams(location.search).get('lang') || localStorage.getItem('kezek-region-lang') || config.lang;
if (!config.strings[lang]) lang = config.lang;
let key = sessionStorage.getItem('kezek-region-key');
let last = null;
const t = (k, vars) => {
  let s = config.strings[lang][k];
  for (const [name, value] of Object.entries(vars || {})) s = s.replace('{' + name + '}', String(value));
  return s;
};
const $ = (id) => document.getElementById(id);

function applyLang() {
  document.documentElement.lang = lang;
  document.title = t('title');
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  if (last) render(last);
  document.dispatchEvent(new Event('kezek-lang'));
}

function cell(row, text, cls) {
  const td = document.createElement('td');
  td.textContent = String(text);
  if (cls) td.className = cls;
  row.appendChild(td);
  return td;
}

const longestMin = (o, now) => (o.waitingSince === null ? 0 : Math.max(0, Math.floor((now - o.waitingSince) / 60000)));

function linkText(o, now) {
  if (o.lastReceivedAt === null) return t('never');
  const min = Math.floor((now - o.lastReceivedAt) / 60000);
  return min < 1 ? t('justNow') : t('minAgo', { n: min });
}

function render(data) {
  last = data;
  const now = data.now;
  $('scope').textContent = data.viewer.district === null ? t('scopeRegion') : t('scopeDistrict', { d: data.viewer.district });
  $('updated').textContent = new Date(now).toLocaleTimeString(lang);
  // Offices past the wait norm first, the longest wait at the top; then the rest in district order.
  const rows = data.offices.map((o) => ({ o, wait: longestMin(o, now) }));
  rows.sort((a, b) => (b.wait > config.norm) - (a.wait > config.norm) || (a.wait > config.norm ? b.wait - a.wait : 0));
  const body = document.querySelector('#offices tbody');
  body.replaceChildren();
  const sum = { waiting: 0, desks: 0, served: 0, solved: 0, consulted: 0, in_progress: 0, redirected: 0, noShows: 0, casesOpen: 0, casesOverdue: 0 };
  for (const { o, wait } of rows) {
    const tr = document.createElement('tr');
    tr.dataset.office = o.id;
    if (wait > config.norm) {
      tr.className = 'breach';
      tr.title = t('overNorm');
    }
    cell(tr, o.name);
    cell(tr, o.district);
    cell(tr, o.closed ? t('closed') : o.waiting).dataset.k = 'waiting';
    cell(tr, o.closed ? '—' : wait).dataset.k = 'longest';
    cell(tr, o.desksOpen).dataset.k = 'desks';
    cell(tr, o.served).dataset.k = 'served';
    for (const k of ['solved', 'consulted', 'in_progress', 'redirected']) cell(tr, o.outcomes[k]).dataset.k = k;
    cell(tr, o.noShows).dataset.k = 'noShows';
    cell(tr, o.casesOpen ?? 0).dataset.k = 'casesOpen';
    cell(tr, o.casesOverdue ?? 0, o.casesOverdue > 0 ? 'overdue' : '').dataset.k = 'casesOverdue';
    const stale = o.lastReceivedAt === null || now - o.lastReceivedAt > 5 * 60000;
    cell(tr, linkText(o, now), stale ? 'stale' : '').dataset.k = 'link';
    body.appendChild(tr);
    sum.waiting += o.closed ? 0 : o.waiting;
    sum.desks += o.desksOpen;
    sum.served += o.served;
    sum.noShows += o.noShows;
    sum.casesOpen += o.casesOpen ?? 0;
    sum.casesOverdue += o.casesOverdue ?? 0;
    for (const k of ['solved', 'consulted', 'in_progress', 'redirected']) sum[k] += o.outcomes[k];
  }
  const tr = document.createElement('tr');
  tr.className = 'total';
  tr.dataset.office = 'total';
  cell(tr, t(data.viewer.district === null ? 'total' : 'totalDistrict'));
  cell(tr, '');
  cell(tr, sum.waiting).dataset.k = 'waiting';
  cell(tr, '');
  for (const k of ['desks', 'served', 'solved', 'consulted', 'in_progress', 'redirected', 'noShows', 'casesOpen', 'casesOverdue']) cell(tr, sum[k]).dataset.k = k;
  cell(tr, '');
  body.appendChild(tr);
}

let lastRefresh = 0;
async function refresh() {
  if (!key) return showLogin();
  lastRefresh = Date.now();
  try {
    const res = await fetch('/api/region/live', { headers: { authorization: 'Bearer ' + key }, cache: 'no-store' });
    if (res.status === 401) {
      sessionStorage.removeItem('kezek-region-key');
      key = null;
      $('error').textContent = t('badKey');
      return showLogin();
    }
    if (!res.ok) throw new Error(String(res.status));
    $('error').textContent = '';
    render(await res.json());
  } catch {
    $('error').textContent = t('unreachable');
  }
}

function showLogin() {
  $('login').hidden = false;
}

$('login').addEventListener('submit', (e) => {
  e.preventDefault();
  key = $('key').value.trim();
  sessionStorage.setItem('kezek-region-key', key);
  $('login').hidden = true;
  connectLive();
  void refresh();
});
for (const b of document.querySelectorAll('nav button')) {
  b.addEventListener('click', () => {
    lang = b.dataset.lang;
    localStorage.setItem('kezek-region-lang', lang);
    applyLang();
  });
}
// Pushed updates: the hub says which offices changed and the page reads the picture again, at most
// every half second. A slow poll still heals what a lost connection missed and ages the link column;
// without the socket client (an old proxy in the way) the page polls every two seconds as before.
let soon = null;
const refreshSoon = () => {
  soon ??= setTimeout(() => {
    soon = null;
    void refresh();
  }, 500);
};
let socket = null;
function connectLive() {
  if (!key || typeof io !== 'function') return;
  socket?.close();
  socket = io({ auth: { key }, transports: ['websocket'] });
  socket.on('connect', refreshSoon);
  socket.on('region:changed', refreshSoon);
}
applyLang();
connectLive();
void refresh();
setInterval(() => {
  if (!socket?.connected || Date.now() - lastRefresh > 30000) void refresh();
}, 2000);
`;
