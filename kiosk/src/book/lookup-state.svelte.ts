// "Check or cancel a booking": the visitor's own code finds their own booking, and nothing else does.
import type { BookingPublicView } from '@kezek/shared';
import { bookApi } from './book-api.ts';

export class LookupState {
  code = $state('');
  found = $state.raw<BookingPublicView | null>(null);
  error = $state<string | null>(null);
  pending = $state(false);
  confirming = $state(false);

  constructor(initial = codeInAddress()) {
    this.code = initial;
    if (initial) void this.find();
  }

  async find(): Promise<void> {
    const code = this.code.trim().toUpperCase();
    if (!code || this.pending) return;
    this.pending = true;
    this.confirming = false;
    const answer = await bookApi.find(code);
    this.pending = false;
    this.found = answer.ok ? answer.data : null;
    this.error = answer.ok ? null : answer.error;
  }

  async cancel(): Promise<void> {
    if (!this.found || this.pending) return;
    if (!this.confirming) {
      this.confirming = true;
      return;
    }
    this.pending = true;
    const answer = await bookApi.cancel(this.found.code);
    this.pending = false;
    this.confirming = false;
    if (answer.ok) this.found = answer.data;
    else this.error = answer.error;
  }
}

/** /book?code=… opens the lookup with the code filled in (a link the visitor kept). */
function codeInAddress(): string {
  return new URL(location.href).searchParams.get('code') ?? '';
}
