// The hall display's link: a paired device that also tells the board which calls are new (so only they
// flash and only live ones are spoken) and which part of the hall this screen is scoped to.
import type { CallView, DisplayScope, OfficeSnapshot } from '@kezek/shared';
import { DeviceConnection } from '@kezek/ui/device-connection.svelte.ts';

/** Reconnect quickly and forever: the hall must heal by itself after a server restart. */
const RECONNECT_FIRST_MS = 300;
const RECONNECT_MAX_MS = 2000;

export class Connection extends DeviceConnection {
  /** The sectors or desks this screen shows (StoredDevice.scope); null shows the whole hall. */
  scope = $state.raw<DisplayScope | null>(null);
  /**
   * Told about calls made since the last picture (oldest first). `live` when they came as they happened;
   * calls a snapshot brings after an outage are shown and flash, but are not spoken again.
   */
  onCalls: ((calls: CallView[], live: boolean) => void) | null = null;

  constructor() {
    super('display');
    this.socket.io.reconnectionAttempts(Infinity);
    this.socket.io.reconnectionDelay(RECONNECT_FIRST_MS);
    this.socket.io.reconnectionDelayMax(RECONNECT_MAX_MS);
    this.socket.on('session:started', (_actor, device) => (this.scope = device?.scope ?? null));
  }

  protected override take(snapshot: OfficeSnapshot, calls?: CallView[]): void {
    const newestAt = this.snapshot?.recentCalls[0]?.at;
    const fresh =
      calls ?? (newestAt === undefined ? [] : snapshot.recentCalls.filter((c) => c.at > newestAt).reverse());
    super.take(snapshot);
    if (fresh.length > 0) this.onCalls?.(fresh, calls !== undefined);
  }
}
