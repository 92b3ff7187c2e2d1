// "I have a booking": the code typed on the screen's keys or by a USB barcode scanner, which types like
// a keyboard and ends with Enter. A scanner's burst is recognised on the start screen too, so a visitor
// holding the QR code to it needs no touch at all.
import {
  BOOKING_HTTP,
  CODE_ALPHABET,
  codeCandidates,
  newRequestId,
  type BookingOptions,
  type CheckInRefusal,
  type CheckInResult,
  type ErrorCode,
} from '@kezek/shared';
import type { Kiosk } from './kiosk.svelte.ts';

/** Enough room for a code typed with its dash and a little more; a scanner reading an address is cut. */
const MAX_TYPED = 40;
/** Keys closer than this are a scanner, not a person; a person never types 8 keys this fast. */
const SCANNER_GAP_MS = 60;
const SCANNER_MIN_KEYS = 8;
/** The head may turn bookings on during the day; the kiosk notices within this. */
const OPTIONS_REFRESH_MS = 60_000;

const BOOK_OPTIONS = BOOKING_HTTP.options;

export type CheckInProblem = CheckInRefusal | ErrorCode;

export class CheckIn {
  typed = $state('');
  problem = $state<CheckInProblem | null>(null);
  pending = $state(false);
  /** A too-early refusal says when check-in opens. */
  opensAt = $state<number | null>(null);
  readonly kiosk: Kiosk;
  /** Whether any service takes bookings: the start screen offers "I have a booking" only then. */
  available = $state(false);
  #burst = '';
  #lastKeyAt = -Infinity;

  constructor(kiosk: Kiosk) {
    this.kiosk = kiosk;
    kiosk.onReset(() => this.clear());
    void this.#refresh();
    setInterval(() => void this.#refresh(), OPTIONS_REFRESH_MS);
  }

  async #refresh(): Promise<void> {
    try {
      const res = await fetch(BOOK_OPTIONS, { cache: 'no-store' });
      if (res.ok) this.available = ((await res.json()) as BookingOptions).sectors.length > 0;
    } catch {
      // Offline: keep what we knew; the check-in itself goes over the socket.
    }
  }

  /** Pressing a key on the screen's keypad. */
  add(ch: string): void {
    if (this.pending || this.typed.length >= MAX_TYPED) return;
    this.typed += ch;
    this.problem = null;
    this.kiosk.touch();
  }

  erase(): void {
    this.typed = this.typed.slice(0, -1);
    this.problem = null;
    this.kiosk.touch();
  }

  clear(): void {
    this.typed = '';
    this.problem = null;
    this.#burst = '';
  }

  /**
   * A key from a keyboard or a scanner; true when it was ours. On the check-in screen every code
   * character, Backspace and Enter are ours. On the start screen only a scanner's fast burst is, and
   * its Enter: a person's keys there stay the voice guide's.
   */
  key(event: KeyboardEvent): boolean {
    // When the key was pressed, not when this handler got to it: a busy page runs handlers late and in
    // a bunch, which must neither make a person look like a scanner nor a scanner like a person.
    const now = event.timeStamp;
    if (event.ctrlKey || event.altKey || event.metaKey) return false;
    const step = this.kiosk.step;
    const ch = event.key.length === 1 ? event.key : '';
    if (step === 'checkin') {
      if (event.key === 'Enter') void this.submit();
      else if (event.key === 'Backspace') this.erase();
      // '-' is a code's own dash here, not the guide's "previous"; space, '+' and '*' stay the guide's.
      else if (ch && !' +*'.includes(ch)) this.add(ch);
      else return false;
      event.preventDefault();
      return true;
    }
    if (step !== 'sectors') return false;
    const fast = now - this.#lastKeyAt < SCANNER_GAP_MS;
    this.#lastKeyAt = now;
    if (event.key === 'Enter' && fast && this.#burst.length >= SCANNER_MIN_KEYS) {
      const scanned = this.#burst;
      this.#burst = '';
      event.preventDefault();
      this.kiosk.startCheckIn();
      this.typed = scanned.slice(0, MAX_TYPED);
      void this.submit();
      return true;
    }
    this.#burst = ch ? (fast ? this.#burst : '') + ch : '';
    // A scanner's characters would be read as guide keys ('-' is "previous"): they are swallowed once a
    // burst has begun.
    if (fast && this.#burst.length > 1) {
      event.preventDefault();
      return true;
    }
    return false;
  }

  /** Each reading of what was typed, most likely first, until one is a booking (codes.ts). */
  async submit(): Promise<void> {
    if (this.pending) return;
    const candidates = codeCandidates(this.typed);
    if (candidates.length === 0) {
      this.problem = 'unknown';
      return;
    }
    this.pending = true;
    this.problem = null;
    let last: CheckInProblem = 'unknown';
    for (const code of candidates) {
      const result = await this.kiosk.conn.send('kiosk:check-in', {
        requestId: newRequestId(),
        code,
        lang: this.kiosk.lang,
      });
      if (!result.ok) {
        last = result.error;
        break;
      }
      if (result.data.kind !== 'refused') {
        this.pending = false;
        this.#issued(result.data);
        return;
      }
      last = result.data.reason;
      this.opensAt = result.data.opensAt ?? null;
      if (last !== 'unknown') break;
    }
    this.pending = false;
    this.problem = last;
    this.kiosk.touch();
  }

  #issued(result: Exclude<CheckInResult, { kind: 'refused' }>): void {
    this.typed = '';
    this.kiosk.showCheckIn(result);
  }
}

/** The keypad's keys: the code alphabet, digits first, as the code shows them. */
export const CODE_KEYS: readonly string[] = [...CODE_ALPHABET];
