// Socket.IO rooms, named in one place. A signed-in socket joins its role's room and its actor's room, so
// "everyone at the head's role" and "every connection of this kiosk" are one lookup, not a scan.
import type { Role } from '@kezek/shared';

export const roleRoom = (role: Role): string => `role:${role}`;
export const actorRoom = (actorId: string): string => `actor:${actorId}`;
