// The apps' one link to the server and the only module that imports socket.io-client. Each app extends it
// with what it alone needs (pairing, staff login); the socket, the snapshot and sending live here once.
import { io, type Socket } from 'socket.io-client';
import {
  ACK_TIMEOUT_MS,
  appStorage,
  applyHallChange,
  sendWithRetry,
  type Acks,
  type AppName,
  type AppStorage,
  type CallView,
  type ClientToServerEvents,
  type InboundEvent,
  type OfficeSnapshot,
  type PayloadIn,
  type Result,
  type ServerToClientEvents,
  type SessionUser,
} from '@kezek/shared';

type KezekSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Emit = <E extends InboundEvent>(event: E, payload: PayloadIn<E>) => Promise<Result<Acks[E]>>;
export type LinkStatus = 'connecting' | 'online' | 'offline';

export interface SendOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
}

const ATTEMPTS = 3;

export class Connection {
  status = $state<LinkStatus>('connecting');
  /** Everything the screens draw from; replaced whole on each change, never patched. */
  snapshot = $state.raw<OfficeSnapshot | null>(null);
  /** Who this socket acts for, as the server says on every sign-in; null until then. */
  actor = $state.raw<SessionUser | null>(null);
  /** A token is stored: signed in, or about to be once the link is up. */
  hasToken = $state(false);
  /** Commands waiting for a retry after an ack timeout. */
  retrying = $state(0);
  /** Server clock minus this machine's clock, so clocks and waiting times show the office's time. */
  clockOffset = 0;

  protected readonly store: AppStorage;
  protected readonly socket: KezekSocket;
  #resyncing = false;

  constructor(app: AppName) {
    this.store = appStorage(app);
    this.hasToken = this.store.get('token') !== null;
    this.socket = io({
      // A function, so every reconnect sends the token stored now, not the one at page load.
      auth: (cb) => {
        const token = this.store.get('token');
        cb(token ? { token } : {});
      },
    });
    this.socket.on('connect', () => (this.status = 'online'));
    this.socket.on('disconnect', (reason) => {
      this.status = 'offline';
      // After logout or a revoked device the server hangs up, and Socket.IO would stay down: come back as a guest.
      if (reason === 'io server disconnect') this.socket.connect();
    });
    this.socket.on('connect_error', () => (this.status = 'offline'));
    this.socket.on('office:snapshot', (snapshot) => this.take(snapshot));
    this.socket.on('hall:changed', (change) => {
      const step = applyHallChange(this.snapshot, change);
      if (step.kind === 'apply') this.take(step.snapshot, change.calls);
      else if (step.kind === 'resync') void this.resync();
    });
    this.socket.on('session:started', (actor) => (this.actor = actor));
    this.socket.on('device:paired', ({ token }) => this.keepToken(token));
    this.socket.on('session:ended', () => this.forget());
  }

  /** A command with an ack timeout, retried with the same payload (and so the same requestId). */
  send<E extends InboundEvent>(
    event: E,
    payload: PayloadIn<E>,
    { attempts = ATTEMPTS }: SendOptions = {},
  ): Promise<Result<Acks[E]>> {
    return sendWithRetry<Acks[E]>(() => this.#emit(event, payload), {
      attempts,
      waitOnline: () => this.#waitOnline(),
      onRetry: () => this.retrying++,
    }).finally(() => (this.retrying = 0));
  }

  async resync(): Promise<void> {
    if (this.#resyncing) return;
    this.#resyncing = true;
    const result = await this.send('office:snapshot', {});
    this.#resyncing = false;
    if (result.ok) this.take(result.data);
  }

  /** A new picture; `calls` are the calls of the change it came from, when it came from one. */
  protected take(snapshot: OfficeSnapshot, _calls?: CallView[]): void {
    this.snapshot = snapshot;
    this.clockOffset = snapshot.hall.now - Date.now();
  }

  protected keepToken(token: string): void {
    this.store.set('token', token);
    this.hasToken = true;
  }

  protected forget(): void {
    this.store.set('token', null);
    this.hasToken = false;
    this.actor = null;
    this.snapshot = null;
  }

  #emit<E extends InboundEvent>(event: E, payload: PayloadIn<E>): Promise<Result<Acks[E]>> {
    // Socket.IO's mapped types cannot follow a generic event name; PayloadIn<E> checks each call instead.
    const socket = this.socket.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck: Emit };
    return socket.emitWithAck(event, payload);
  }

  #waitOnline(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.socket.off('connect', done);
        resolve();
      };
      const timer = setTimeout(done, ACK_TIMEOUT_MS);
      this.socket.once('connect', done);
    });
  }
}
