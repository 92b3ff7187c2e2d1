import type { DomainEvent, OfficeConfig } from '@kezek/shared';

/** A day the head closed early, as the office holds it until midnight: opened and closed at once. */
export function closedDayEvents(day: string, at: number, config: OfficeConfig): DomainEvent[] {
  return [
    { type: 'day:opened', at, day, config },
    { type: 'day:closed', at },
  ];
}
