// The hall display's link to the server; the only file that imports socket.io-client.
import { io, type Socket } from 'socket.io-client';
import {
  ACK_TIMEOUT_MS,
  appStorage,
  applyHallChange,
  newRequestId,
  sendWithRetry,
  type Acks,
  type CallView,
  type ClientToServerEvents,
  type InboundEvent,
  type OfficeSnapshot,
  type PayloadIn,
  type Result,
  type ServerToClientEvents,
} from '@kezek/shared';

type KezekSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Emit = <E extends InboundEvent>(event: E, payload: PayloadIn<E>) => Promise<Result<Acks[E]>>;
export type LinkStatus = 'connecting' | 'online' | 'offline';

const KIND = 'display';
const ATTEMPTS = 3;

export class Connection {
  status = $state<LinkStatus>('connecting');
  /** Everything the screens draw from; replaced whole on each change, never patched. */
  snapshot = $state.raw<OfficeSnapshot | null>(null);
  paired = $state(false);
  /** Shown big while the office head has not confirmed this device yet. */
  pairingCode = $state<string | null>(null);
  /** Commands waiting for a retry after an ack timeout. */
  retrying = $state(0);
  /** Server clock minus this machine's clock, so the hall clock shows the office's time. */
  clockOffset = 0;
  /** Told about calls made since the last picture (oldest first), so only new calls flash. */
  onCalls: ((calls: CallView[]) => void) | null = null;

  #store = appStorage(KIND);
  #socket: KezekSocket;
  #resyncing = false;

  constructor() {
    this.paired = this.#store.get('token') !== null;
    this.#socket = io({
      // A function, so every reconnect sends the token stored now, not the one at page load.
      auth: (cb) => {
        const token = this.#store.get('token');
        cb(token ? { token } : {});
      },
    });
    this.#socket.on('connect', () => {
      this.status = 'online';
      if (!this.paired) void this.#requestPairing();
    });
    this.#socket.on('disconnect', () => (this.status = 'offline'));
    this.#socket.on('connect_error', () => (this.status = 'offline'));
    this.#socket.on('office:snapshot', (snapshot) => this.#take(snapshot));
    this.#socket.on('hall:changed', (change) => {
      const step = applyHallChange(this.snapshot, change);
      if (step.kind === 'apply') this.#take(step.snapshot, change.calls);
      else if (step.kind === 'resync') void this.resync();
    });
    this.#socket.on('device:paired', ({ token }) => {
      this.#store.set('token', token);
      this.paired = true;
      this.pairingCode = null;
    });
    this.#socket.on('session:ended', () => {
      this.#store.set('token', null);
      this.paired = false;
      this.snapshot = null;
      void this.#requestPairing();
    });
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

  /** Calls newer than what was on screen flash, also those made while this display was offline. */
  #take(snapshot: OfficeSnapshot, calls?: CallView[]): void {
    const newestAt = this.snapshot?.recentCalls[0]?.at;
    const fresh =
      calls ?? (newestAt === undefined ? [] : snapshot.recentCalls.filter((c) => c.at > newestAt).reverse());
    this.snapshot = snapshot;
    this.clockOffset = snapshot.hall.now - Date.now();
    if (fresh.length > 0) this.onCalls?.(fresh);
  }

  async #requestPairing(): Promise<void> {
    this.pairingCode = null;
    const result = await this.send('device:request-pairing', { kind: KIND, name: this.#deviceName() });
    if (result.ok && !this.paired) this.pairingCode = result.data.code;
  }

  #deviceName(): string {
    const name = this.#store.get('name') ?? `Display ${newRequestId().slice(0, 4).toUpperCase()}`;
    this.#store.set('name', name);
    return name;
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
