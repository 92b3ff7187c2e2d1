// The policy's text, and the policy at work in Debian's Chromium: a page that does what the Kezek apps do
// (module scripts, style attributes, data: images, fetch and a WebSocket to its own server) runs without
// a single violation, and what an injected script would do is refused.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_HEADER } from './csp.js';

function directives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split('; ').map((d) => {
      const [name = '', ...sources] = d.split(' ');
      return [name, sources];
    }),
  );
}

describe('the Content-Security-Policy text', () => {
  it('names every directive once and allows no inline or eval script', () => {
    const names = CONTENT_SECURITY_POLICY.split('; ').map((d) => d.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(directives().get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives().get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives().get('object-src')).toEqual(["'none'"]);
    expect(CSP_HEADER).toBe('Content-Security-Policy');
  });

  it('is one header line: no newline or comma a header could be split at', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n,]/);
  });
});

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/app.css">
<script type="module" src="/app.js"></script></head><body><p id="styled" style="color: red">x</p>
<img id="inlined" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<script>window.inlineRan = true</script></body></html>`;

const APP = `
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.violations = violations;
window.checks = (async () => {
  const own = await fetch('/api/health').then((r) => r.ok);
  const ws = await new Promise((resolve) => {
    const s = new WebSocket('ws://' + location.host + '/socket');
    s.onopen = () => { s.close(); resolve(true); };
    s.onerror = () => resolve(false);
  });
  const foreign = await fetch('http://127.0.0.2:9/').then(() => 'reached', () => 'refused');
  let evalRan = false;
  try { eval('evalRan = true'); } catch {}
  return { own, ws, foreign, evalRan };
})();`;

describe('the policy in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const type = req.url?.endsWith('.js')
        ? 'text/javascript'
        : req.url?.endsWith('.css')
          ? 'text/css'
          : 'text/html';
      const body =
        req.url === '/app.js'
          ? APP
          : req.url === '/app.css'
            ? 'p{margin:0}'
            : req.url === '/api/health'
              ? '{}'
              : PAGE;
      res.writeHead(200, { 'content-type': type, [CSP_HEADER]: CONTENT_SECURITY_POLICY }).end(body);
    });
    // Just the WebSocket handshake (RFC 6455): enough for the page's socket to open.
    server.on('upgrade', (req, socket) => {
      const key = String(req.headers['sec-websocket-key']);
      const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      socket.write(
        `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
      );
      socket.on('error', () => {});
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
  });

  it("lets the apps' own kinds of loading through and refuses inline script, eval and other hosts", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/kiosk/`);
    const checks = await page.evaluate(() => (window as unknown as { checks: Promise<unknown> }).checks);
    expect(checks).toEqual({ own: true, ws: true, foreign: 'refused', evalRan: false });
    const state = await page.evaluate(() => ({
      inlineRan: (window as unknown as { inlineRan?: boolean }).inlineRan ?? false,
      styled: getComputedStyle(document.getElementById('styled') as HTMLElement).color,
      imageLoaded: (document.getElementById('inlined') as HTMLImageElement).complete,
      violations: (window as unknown as { violations: string[] }).violations,
    }));
    expect(state.inlineRan).toBe(false);
    expect(state.styled).toBe('rgb(255, 0, 0)');
    expect(state.imageLoaded).toBe(true);
    // Exactly the refused things (the inline script ran before the listener: inlineRan shows it).
    expect(state.violations.sort()).toEqual(['connect-src http://127.0.0.2:9/', 'script-src eval']);
    await page.close();
  });
});
