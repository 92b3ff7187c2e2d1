// The Content-Security-Policy the office server sends with its pages (kiosk, display, operator and the
// ticket status page). A page that is ours loads only from the server itself; if someone slips a script
// into a page (a name typed by the head, say), it cannot run inline, call out to another host or frame
// the page. Built from a table, so each allowance says why it is there.

const DIRECTIVES: readonly (readonly [directive: string, ...sources: string[]])[] = [
  ['default-src', "'self'"],
  // Vite emits module scripts from the server only: no inline script, no eval.
  ['script-src', "'self'"],
  // Svelte writes style attributes (style:prop, transitions); stylesheets still come from the server.
  ['style-src', "'self'", "'unsafe-inline'"],
  // Vite inlines small images as data: URLs; the head's exports are handed to the browser as blob: URLs.
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'", 'data:'],
  // Voice clips and the hall's videos come from the server.
  ['media-src', "'self'", 'blob:', 'data:'],
  // HTTP and Socket.IO (its WebSocket included) to the server alone.
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  // No other site may show a Kezek page in a frame (a fake kiosk over the real one).
  ['frame-ancestors', "'none'"],
];

/** The header value: `Content-Security-Policy: <CONTENT_SECURITY_POLICY>` on every HTML response. */
export const CONTENT_SECURITY_POLICY: string = DIRECTIVES.map((d) => d.join(' ')).join('; ');

/** The header's name, for the server's route table. */
export const CSP_HEADER = 'Content-Security-Policy';
