// Who hears of a case or a booking: the head's room, and the room of every active specialist allowed to
// see it by the permission rule the caller gives (its sectors, or a hand-over by name).
import type { SessionUser } from '@kezek/shared';
import { actorRoom, roleRoom } from './rooms.js';
import type { StoredUser } from './settings/types.js';

export function staffRooms(users: readonly StoredUser[], maySee: (actor: SessionUser) => boolean): string[] {
  const rooms = [roleRoom('head')];
  for (const u of users) {
    if (!u.active || u.role !== 'operator') continue;
    const actor: SessionUser = {
      id: u.id,
      username: u.username,
      name: u.name,
      role: 'operator',
      deskIds: u.deskIds,
    };
    if (maySee(actor)) rooms.push(actorRoom(u.id));
  }
  return rooms;
}
