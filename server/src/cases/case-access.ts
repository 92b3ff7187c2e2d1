// Who sees a case. Kiosks and displays never do; the head sees all; a specialist sees the cases of the
// sectors their desks serve, and any case handed to them by name.
import type { Case, OfficeConfig, SessionUser } from '@kezek/shared';

/** The sectors a specialist serves: those of the desks they may open (no desks listed: every desk). */
export function servedSectors(actor: SessionUser, config: OfficeConfig): Set<string> {
  const desks =
    actor.deskIds.length === 0 ? config.desks : config.desks.filter((d) => actor.deskIds.includes(d.id));
  return new Set(desks.flatMap((d) => d.sectorIds));
}

export function canSeeCase(actor: SessionUser, k: Readonly<Case>, config: OfficeConfig): boolean {
  if (actor.role === 'head') return true;
  if (actor.role !== 'operator') return false;
  if (k.assigneeId === actor.id) return true;
  return servedSectors(actor, config).has(k.sectorId);
}
