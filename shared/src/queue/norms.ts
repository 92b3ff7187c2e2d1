// The one place that decides which norm a visit is held to. The state's service standards give each
// service its own longest wait and longest service time; a service without them falls back to its
// sector's (the sector's target wait always exists; its service-time norm may be absent). Alerts, every
// report's "over target" count, the public figures and the region hub's summaries all ask here.
import type { Sector } from './types.js';

export interface Norm {
  /** Longest allowed wait, minutes. */
  waitMin: number;
  /** Longest allowed service time, minutes; null: none set. */
  serviceMin: number | null;
}

type NormSector = Pick<Sector, 'targetWaitMin' | 'maxServiceMin' | 'services'>;

/** The norm of a ticket of `sector` for `serviceId` (null or a removed service: the sector's own). */
export function normOf(sector: NormSector, serviceId: string | null): Norm {
  const service = serviceId === null ? undefined : sector.services.find((v) => v.id === serviceId);
  return {
    waitMin: service?.maxWaitMin ?? sector.targetWaitMin,
    serviceMin: service?.maxServiceMin ?? sector.maxServiceMin ?? null,
  };
}

/** Looks norms up by sector and service id; undefined for a sector the office no longer has. */
export type NormLookup = (sectorId: string, serviceId: string | null) => Norm | undefined;

/** A lookup made once per report or scan, so thousands of tickets do not search the sectors each. */
export function normLookup(sectors: readonly (NormSector & { id: string })[]): NormLookup {
  const table = new Map<string, Norm>();
  const bySector = new Map<string, Norm>();
  for (const s of sectors) {
    bySector.set(s.id, normOf(s, null));
    for (const v of s.services) table.set(`${s.id}/${v.id}`, normOf(s, v.id));
  }
  return (sectorId, serviceId) =>
    (serviceId === null ? undefined : table.get(`${sectorId}/${serviceId}`)) ?? bySector.get(sectorId);
}

/** Whether `seconds` (a wait or a service time) is past a norm of `normMin` minutes; exactly the norm is within. */
export const overNorm = (seconds: number, normMin: number | null | undefined): boolean =>
  normMin !== null && normMin !== undefined && seconds > normMin * 60;
