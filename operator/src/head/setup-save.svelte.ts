// One editor's saving: busy while the server answers, then either "saved" or the refusal's code,
// which the editor shows with errorText in the head's language.
import type { ErrorCode, Result } from '@kezek/shared';

export class SaveState {
  busy = $state(false);
  saved = $state(false);
  error = $state<ErrorCode | null>(null);

  async run<T>(action: () => Promise<Result<T>>): Promise<T | null> {
    this.busy = true;
    this.saved = false;
    try {
      const r = await action();
      this.error = r.ok ? null : r.error;
      this.saved = r.ok;
      return r.ok ? r.data : null;
    } finally {
      this.busy = false;
    }
  }
}
