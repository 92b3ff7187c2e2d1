// "I need help": one press calls a specialist to this kiosk (server: kiosk:help). Further presses while
// the call stands send nothing more, so an anxious visitor pressing again does not flood the desks.
import { newRequestId } from '@kezek/shared';
import type { KioskConnection } from './kiosk-connection.svelte.ts';

export type HelpStatus = 'idle' | 'sending' | 'sent' | 'failed';
/** How long "a specialist is coming" stands before the button may call again. */
export const HELP_STANDS_SEC = 90;

export class HelpCall {
  status = $state<HelpStatus>('idle');
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly conn: KioskConnection) {}

  /** Whether a specialist was (or already had been) called. */
  async call(): Promise<boolean> {
    if (this.status === 'sent') return true;
    if (this.status === 'sending') return false;
    this.status = 'sending';
    // Offline, the call would wait for the link to return: the visitor must hear at once to ask a desk.
    const result =
      this.conn.status === 'online'
        ? await this.conn.send('kiosk:help', { requestId: newRequestId() })
        : ({ ok: false, error: 'timeout' } as const);
    this.status = result.ok ? 'sent' : 'failed';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.status = 'idle'), (result.ok ? HELP_STANDS_SEC : 10) * 1000);
    return result.ok;
  }
}
