// Which calls and queues a scoped display shows: a call passes when its sector or its desk is in scope;
// a queue when its sector is, or when a desk in scope serves it.
import type { CallView, DisplayScope, HallView } from '@kezek/shared';

const isOpen = (scope: DisplayScope | null): scope is null =>
  scope === null || (scope.sectorIds.length === 0 && scope.deskIds.length === 0);

export function callInScope(scope: DisplayScope | null, call: CallView): boolean {
  if (isOpen(scope)) return true;
  return scope.sectorIds.includes(call.sectorId) || scope.deskIds.includes(call.deskId);
}

export function sectorsInScope(scope: DisplayScope | null, hall: HallView): (sectorId: string) => boolean {
  if (isOpen(scope)) return () => true;
  const served = new Set(scope.sectorIds);
  for (const desk of hall.desks)
    if (scope.deskIds.includes(desk.id)) desk.sectorIds.forEach((s) => served.add(s));
  return (sectorId) => served.has(sectorId);
}
