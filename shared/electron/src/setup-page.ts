// The first-run and staff settings page, shown in its own small window with the setup preload
// (window.kezekSetup). One self-contained page: the labels of all three languages travel with it and a
// button switches between them; the main process checks everything the form sends (setup-form.ts).
import { SETUP, dataUrl } from './shell-messages.js';

const FIELDS = `
<p id="notice" role="status" hidden></p>
<form id="f" hidden>
<fieldset><legend data-t="role"></legend>
<label><input type="radio" name="role" value="kiosk"> <span data-t="kiosk"></span></label>
<label><input type="radio" name="role" value="display"> <span data-t="display"></span></label>
<label><input type="radio" name="role" value="operator"> <span data-t="operator"></span></label></fieldset>
<label><span data-t="server"></span><input name="server" placeholder="192.168.1.10:8080" required></label>
<label data-for="display"><span data-t="screen"></span><input name="screen" inputmode="numeric"></label>
<label data-for="kiosk"><span data-t="printer"></span>
<input name="printer" placeholder="device:/dev/usb/lp0 · serial:COM3?baud=9600 · tcp://10.0.0.50:9100"></label>
<label data-for="pin"><span data-t="pin"></span><input name="pin" type="password" inputmode="numeric"></label>
<label data-for="operator" class="row"><input type="checkbox" name="alwaysOnTop"> <span data-t="alwaysOnTop"></span></label>
<label data-for="operator"><span data-t="hotkey"></span><input name="callNextHotkey"></label>
<label data-for="https"><span data-t="certFingerprint"></span><input name="certFingerprint" placeholder="AB:CD:…"></label>
<p id="err" role="alert"></p>
<button type="submit" data-t="save"></button> <button type="button" id="quit" data-t="quit"></button>
</form>
<form id="lock" hidden><label><span data-t="pin"></span><input name="pin" type="password" inputmode="numeric" autofocus></label>
<p id="lockErr" role="alert"></p><button type="submit" data-t="unlock"></button></form>`;

// Runs in the page; it only talks to window.kezekSetup.
const SCRIPT = `
const T = JSON.parse(document.getElementById('t').textContent);
const api = window.kezekSetup, f = document.getElementById('f'), lock = document.getElementById('lock');
let lang = 'kk';
function tr() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = T[lang][el.dataset.t];
}
function showRole() {
  const role = f.role.value;
  // The PIN guards the screens visitors use; the fingerprint matters only for an https server.
  const shown = { pin: role !== 'operator' && role !== '', https: /^\\s*https:/i.test(f.server.value) };
  for (const el of document.querySelectorAll('[data-for]')) {
    const on = el.dataset.for.split(' ');
    el.hidden = !on.some((k) => k === role || shown[k]);
  }
}
function fill(v) {
  for (const k of ['server', 'screen', 'printer', 'callNextHotkey', 'certFingerprint']) f[k].value = v[k];
  f.alwaysOnTop.checked = v.alwaysOnTop;
  for (const r of f.role) r.checked = r.value === v.role;
  lang = v.lang; tr(); showRole();
}
for (const b of document.querySelectorAll('[data-lang]')) b.onclick = () => { lang = b.dataset.lang; tr(); };
f.onchange = showRole;
f.server.oninput = showRole;
// Signs of life keep the staff settings from closing as idle (at most one message in five seconds).
let lastActive = 0;
for (const type of ['pointerdown', 'keydown']) addEventListener(type, () => {
  if (Date.now() - lastActive > 5000) { lastActive = Date.now(); api.active(); }
}, true);
let waitTimer;
function waitFor(seconds) {
  const msg = document.getElementById('lockErr'), btn = lock.querySelector('button');
  clearInterval(waitTimer);
  btn.disabled = seconds > 0;
  if (seconds <= 0) return;
  let left = seconds;
  const show = () => { msg.textContent = T[lang].wait.replace('{s}', left); };
  show();
  waitTimer = setInterval(() => { left -= 1; if (left <= 0) { clearInterval(waitTimer); btn.disabled = false; msg.textContent = ''; } else show(); }, 1000);
}
document.getElementById('quit').onclick = () => api.quit();
f.onsubmit = async (e) => {
  e.preventDefault();
  const v = { role: f.role.value, server: f.server.value, screen: f.screen.value, printer: f.printer.value,
    pin: f.pin.value, alwaysOnTop: f.alwaysOnTop.checked, callNextHotkey: f.callNextHotkey.value,
    certFingerprint: f.certFingerprint.value, lang };
  const res = await api.save(v);
  document.getElementById('err').textContent = res.ok ? '' : T[lang].invalid + ': ' + res.fields.join(', ');
};
lock.onsubmit = async (e) => {
  e.preventDefault();
  const res = await api.unlock(lock.pin.value);
  lock.pin.value = '';
  if (res.ok) { lock.hidden = true; f.hidden = false; return; }
  document.getElementById('lockErr').textContent = T[lang].wrongPin;
  if (res.retryInSeconds > 0) waitFor(res.retryInSeconds);
};
api.state().then((s) => {
  fill(s.values);
  (s.locked ? lock : f).hidden = false;
  if (s.waitSeconds > 0) waitFor(s.waitSeconds);
  if (s.notice) { const n = document.getElementById('notice'); n.dataset.t = s.notice; n.hidden = false; tr(); }
});
tr();`;

export function setupPageHtml(): string {
  // "<" is escaped so no label can close the script element that carries the labels.
  const labels = JSON.stringify(SETUP).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Kezek</title>
<style>
body{font-family:"Noto Sans","DejaVu Sans",sans-serif;margin:1.5em;background:#f4f7fb;color:#0b1f33}
label{display:block;margin:.8em 0}label span{display:block;font-size:.9em;margin-bottom:.2em}
label.row span,fieldset label span{display:inline}input:not([type]),input[type=password]{width:100%;
font-size:1.1em;padding:.4em;box-sizing:border-box}button{font-size:1.1em;padding:.5em 1.2em;margin-top:.8em}
[hidden]{display:none!important}#err,#lockErr{color:#b00020}#notice{background:#fff4d6;padding:.6em;border-left:.3em solid #c77700}nav{float:right}
</style></head><body>
<nav><button data-lang="kk">Қаз</button> <button data-lang="ru">Рус</button> <button data-lang="en">Eng</button></nav>
<h1 data-t="title"></h1>${FIELDS}
<script type="application/json" id="t">${labels}</script><script>${SCRIPT}</script></body></html>`;
}

export function setupPageUrl(): string {
  return dataUrl(setupPageHtml());
}
