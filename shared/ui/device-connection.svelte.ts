// A kiosk or hall display: with no token it asks for a pairing code and waits for the head to confirm it.
import { newRequestId, type PayloadIn } from '@kezek/shared';
import { Connection } from './connection.svelte.ts';

export type DeviceKind = PayloadIn<'device:request-pairing'>['kind'];

export class DeviceConnection extends Connection {
  /** Shown big while the office head has not confirmed this device yet. */
  pairingCode = $state<string | null>(null);

  readonly kind: DeviceKind;

  constructor(kind: DeviceKind) {
    super(kind);
    this.kind = kind;
    this.socket.on('connect', () => {
      if (!this.paired) void this.#requestPairing();
    });
    this.socket.on('device:paired', () => (this.pairingCode = null));
    this.socket.on('session:ended', () => void this.#requestPairing());
  }

  /** Paired once a token is stored; the screens stay up through an outage. */
  get paired(): boolean {
    return this.hasToken;
  }

  async #requestPairing(): Promise<void> {
    this.pairingCode = null;
    const result = await this.send('device:request-pairing', { kind: this.kind, name: this.#deviceName() });
    if (result.ok && !this.paired) this.pairingCode = result.data.code;
  }

  /** A name for the head's device list, made up once and kept. */
  #deviceName(): string {
    const label = this.kind.charAt(0).toUpperCase() + this.kind.slice(1);
    const name = this.store.get('name') ?? `${label} ${newRequestId().slice(0, 4).toUpperCase()}`;
    this.store.set('name', name);
    return name;
  }
}
