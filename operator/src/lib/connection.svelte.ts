// The desk's link to the server; the only file that imports socket.io-client.
import { io, type Socket } from 'socket.io-client';
import {
  ACK_TIMEOUT_MS,
  appStorage,
  applyHallChange,
  sendWithRetry,
  type Acks,
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

const ATTEMPTS = 3;

export class Connection {
  status = $state<LinkStatus>('connecting');
  /** Everything the screens draw from; replaced whole on each change, never patched. */
  snapshot = $state.raw<OfficeSnapshot | null>(null);
  /** Who is signed in; kept with the token, because a snapshot does not say who is asking. */
  user = $state.raw<SessionUser | null>(null);
  /** Commands waiting for a retry after an ack timeout. */
  retrying = $state(0);
  /** Server clock minus this machine's clock, for "waited N minutes". */
  clockOffset = 0;

  #store = appStorage('operator');
  #socket: KezekSocket;
  #resyncing = false;

  constructor() {
    this.user = this.#storedUser();
    this.#socket = io({
      // A function, so every reconnect sends the token stored now, not the one at page load.
      auth: (cb) => {
        const token = this.#store.get('token');
        cb(token ? { token } : {});
      },
    });
    this.#socket.on('connect', () => (this.status = 'online'));
    this.#socket.on('disconnect', () => (this.status = 'offline'));
    this.#socket.on('connect_error', () => (this.status = 'offline'));
    this.#socket.on('office:snapshot', (snapshot) => this.#take(snapshot));
    this.#socket.on('hall:changed', (change) => {
      const step = applyHallChange(this.snapshot, change);
      if (step.kind === 'apply') this.#take(step.snapshot);
      else if (step.kind === 'resync') void this.resync();
    });
    this.#socket.on('session:ended', () => this.#forget());
  }

  async login(username: string, password: string): Promise<Result<Acks['auth:login']>> {
    const result = await this.send('auth:login', { username, password });
    if (result.ok) {
      this.#store.set('token', result.data.token);
      this.#store.set('user', JSON.stringify(result.data.user));
      this.user = result.data.user;
    }
    return result;
  }

  async logout(): Promise<void> {
    await this.send('auth:logout', {});
    this.#forget();
  }

  /** A command with an ack timeout, retried with the same payload (and so the same requestId). */
  send<E extends InboundEvent>(event: E, payload: PayloadIn<E>): Promise<Result<Acks[E]>> {
    return sendWithRetry<Acks[E]>(() => this.#emit(event, payload), {
      attempts: ATTEMPTS,
      waitOnline: () => this.#waitOnline(),
      onRetry: () => this.retrying++,
    }).finally(() => (this.retrying = 0));
  }

  #emit<E extends InboundEvent>(event: E, payload: PayloadIn<E>): Promise<Result<Acks[E]>> {
    // Socket.IO's mapped types cannot follow a generic event name; PayloadIn<E> checks each call instead.
    const socket = this.#socket.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck: Emit };
    return socket.emitWithAck(event, payload);
  }

  async resync(): Promise<void> {
    if (this.#resyncing) return;
    this.#resyncing = true;
    const result = await this.send('office:snapshot', {});
    this.#resyncing = false;
    if (result.ok) this.#take(result.data);
  }

  #take(snapshot: OfficeSnapshot): void {
    this.snapshot = snapshot;
    this.clockOffset = snapshot.hall.now - Date.now();
  }

  #forget(): void {
    this.#store.set('token', null);
    this.#store.set('user', null);
    this.user = null;
    this.snapshot = null;
  }

  #storedUser(): SessionUser | null {
    const raw = this.#store.get('user');
    if (!raw || !this.#store.get('token')) return null;
    try {
      return JSON.parse(raw) as SessionUser;
    } catch {
      return null;
    }
  }

  #waitOnline(): Promise<void> {
    if (this.#socket.connected) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#socket.off('connect', done);
        resolve();
      };
      const timer = setTimeout(done, ACK_TIMEOUT_MS);
      this.#socket.once('connect', done);
    });
  }
}
