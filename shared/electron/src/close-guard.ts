// The kiosk and the display ignore a close (Alt+F4, a stray click), but must not stand in the way of the
// system: a logout, a shutdown or the supervisor's stop quits the app, and then the window closes.

export interface ClosableEvent {
  preventDefault(): void;
}

export function closeGuard(closable: boolean) {
  let quitting = false;
  return {
    /** The app or the system is ending the session: let every close through from now on. */
    allowQuit(): void {
      quitting = true;
    },
    /** For the window's 'close' event. */
    onClose(event: ClosableEvent): void {
      if (!closable && !quitting) event.preventDefault();
    },
  };
}
