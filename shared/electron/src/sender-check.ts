// Who may talk to the shell's bridge: only the top frame of the shell's own window, showing a page of
// the office server (or, for the settings window, the shell's own data: page). An iframe, a page that
// navigated somewhere it should not, or another window gets nothing, so a page that is not ours cannot
// print, count staff taps or read the settings.

/** The parts of an IpcMainEvent / IpcMainInvokeEvent this check reads. */
export interface SenderEvent {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/** `origin` is the server's origin, or null for the shell's own pages (data: URLs). */
export function isOwnPage(event: SenderEvent, contents: unknown, origin: string | null): boolean {
  const frame = event.senderFrame;
  if (event.sender !== contents || !frame || frame.parent !== null) return false;
  if (origin === null) return frame.url.startsWith('data:text/html');
  try {
    return new URL(frame.url).origin === origin;
  } catch {
    return false;
  }
}
