// Who each live socket acts for. A socket's rights are read again from its token whenever they may have
// changed: a change to a user or device (logout, deactivation, password, role, desks, revocation) walks
// every socket of that actor before the change is answered, and the wrapper re-reads on every command,
// so a session that ended by expiry, or anything this walk did not see, stops at the next command.
import type { DeviceInfo, OfficeSnapshot, Role, SessionUser } from '@kezek/shared';
import type { Access } from '../auth/access.js';
import type { SettingsPort } from '../auth/settings-port.js';
import { audienceOf, hallRoom } from '../office/hall-broadcast.js';
import { actorRoom, roleRoom } from '../rooms.js';
import type { EndReason, KezekServer, KezekSocket, Sessions } from './context.js';

export class LiveSessions implements Sessions {
  constructor(
    private readonly io: KezekServer,
    private readonly access: Access,
    private readonly settings: SettingsPort,
    private readonly snapshotFor: (role: Role) => OfficeSnapshot,
  ) {}

  /** Makes the socket act for `actor`: rooms joined, who it is and the full picture sent. */
  admit(socket: KezekSocket, actor: SessionUser, token: string): void {
    const before = socket.data.actor;
    if (before) {
      void socket.leave(hallRoom(audienceOf(before.role)));
      void socket.leave(roleRoom(before.role));
      void socket.leave(actorRoom(before.id));
    }
    socket.data.actor = actor;
    socket.data.token = token;
    void socket.join([hallRoom(audienceOf(actor.role)), roleRoom(actor.role), actorRoom(actor.id)]);
    socket.emit('session:started', actor, this.deviceInfo(actor.id));
    socket.emit('office:snapshot', this.snapshotFor(actor.role));
  }

  /**
   * A guest stays null, an ended session hangs up, and a user whose role or desks changed gets them on
   * this socket (a fresh session:started and snapshot) before anything else runs.
   */
  current(socket: KezekSocket, reason: EndReason = 'expired'): SessionUser | null | 'ended' {
    const token = socket.data.token;
    if (token === null || socket.data.actor === null) return socket.data.actor;
    const resolved = this.access.resolve(token);
    if (!('actor' in resolved)) {
      this.end(socket, reason);
      return 'ended';
    }
    if (!sameActor(resolved.actor, socket.data.actor)) this.admit(socket, resolved.actor, token);
    return resolved.actor;
  }

  refresh(actorId: string, reason: EndReason): void {
    for (const socket of this.socketsOf(actorId)) this.current(socket, reason);
  }

  private socketsOf(actorId: string): KezekSocket[] {
    const ids = this.io.sockets.adapter.rooms.get(actorRoom(actorId)) ?? new Set<string>();
    return [...ids].flatMap((id) => this.io.sockets.sockets.get(id) ?? []);
  }

  private end(socket: KezekSocket, reason: EndReason): void {
    socket.data.actor = null;
    socket.data.token = null;
    socket.emit('session:ended', reason);
    socket.disconnect(true);
  }

  private deviceInfo(id: string): DeviceInfo | null {
    const device = this.settings.data.devices.find((d) => d.id === id);
    return device ? { printer: device.printer, scope: device.scope } : null;
  }
}

function sameActor(a: SessionUser, b: SessionUser): boolean {
  return (
    a.id === b.id &&
    a.role === b.role &&
    a.username === b.username &&
    a.name === b.name &&
    a.deskIds.length === b.deskIds.length &&
    a.deskIds.every((d, i) => d === b.deskIds[i])
  );
}
