import { ok, type Result } from '@kezek/shared';

/**
 * Today's answered requests and the attempts still in flight, by `${actorId}:${requestId}`: a retried or
 * double-sent command gets the first answer instead of acting twice, also after a restart (the journal
 * keeps each answer and replay puts it back here).
 */
export class RequestLog {
  private answered = new Map<string, unknown>();
  private inFlight = new Map<string, Promise<Result<unknown>>>();

  /** The first attempt's answer, given or on its way; null for a request not seen today. */
  find<T>(key: string): Promise<Result<T>> | null {
    if (this.answered.has(key)) return Promise.resolve(ok(this.answered.get(key) as T));
    return (this.inFlight.get(key) as Promise<Result<T>> | undefined) ?? null;
  }

  track(key: string, attempt: Promise<Result<unknown>>): void {
    this.inFlight.set(key, attempt);
    void attempt.finally(() => this.inFlight.delete(key));
  }

  answer(key: string, ack: unknown): void {
    this.answered.set(key, ack);
  }

  clear(): void {
    this.answered.clear();
  }
}
