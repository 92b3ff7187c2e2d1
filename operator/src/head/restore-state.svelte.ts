// A restore as the head drives it: upload a backup to stage it, see what is staged, cancel it. The
// server applies a staged backup at its next start, never while the hall runs.
import type { ErrorCode } from '@kezek/shared';
import { headRequest } from './head-http.ts';

export interface StagedRestore {
  stagedAt: number;
  by: string;
  office: string;
  days: number;
  journals: number;
  newestDay: string | null;
}

export class RestoreState {
  staged = $state.raw<StagedRestore | null>(null);
  busy = $state(false);
  error = $state<ErrorCode | null>(null);
  /** The server's reason in English, for whoever helps the head (an IT person reads it). */
  reason = $state('');

  constructor(private readonly token: () => string) {}

  load(): Promise<void> {
    return this.call('GET');
  }

  async upload(file: File): Promise<void> {
    this.busy = true;
    try {
      await this.call('POST', file);
    } finally {
      this.busy = false;
    }
  }

  cancel(): Promise<void> {
    return this.call('DELETE');
  }

  private async call(method: string, body?: Blob): Promise<void> {
    const answer = await headRequest(this.token(), '/api/restore', method, body);
    const read = answer.ok
      ? ((await answer.res.json().catch(() => null)) as { staged?: StagedRestore | null } | null)
      : null;
    if (answer.ok && read) {
      this.staged = read.staged ?? null;
      this.error = null;
      this.reason = '';
      return;
    }
    this.error = answer.ok ? 'invalid_payload' : answer.error;
    this.reason = !answer.ok && typeof answer.body['reason'] === 'string' ? answer.body['reason'] : '';
  }
}
