// The desk's link: staff sign in with a password; the token and the chosen desk stay on this machine,
// while who is signed in comes from the server's 'session:started' on every sign-in.
import type { Acks, BookingView, CaseView, Result, SessionUser } from '@kezek/shared';
import { Connection as BaseConnection } from '@kezek/ui/connection.svelte.ts';

export class Connection extends BaseConnection {
  constructor() {
    super('operator');
    // Earlier versions cached the user next to the token; the server now says who it is.
    this.store.set('user', null);
  }

  /** The signed-in specialist, null until the server confirms the stored token or a login. */
  get user(): SessionUser | null {
    return this.actor;
  }

  async login(username: string, password: string): Promise<Result<Acks['auth:login']>> {
    const result = await this.send('auth:login', { username, password });
    if (result.ok) this.keepToken(result.data.token);
    return result;
  }

  /** A case this user may see changed (opened, worked on, answered); pushed by the server. */
  onCaseChanged(fn: (view: CaseView) => void): void {
    this.socket.on('case:changed', fn);
  }

  /** A booking of this user's sectors was made, cancelled, checked in or missed; pushed by the server. */
  onBookingChanged(fn: (view: BookingView) => void): void {
    this.socket.on('booking:changed', fn);
  }

  /** The server ends the session and hangs up, often before its ack gets out: 'session:ended' answers. */
  async logout(): Promise<void> {
    const ended = new Promise<void>((resolve) => this.socket.once('session:ended', () => resolve()));
    await Promise.race([this.send('auth:logout', {}, { attempts: 1 }), ended]);
    this.forget();
  }
}
