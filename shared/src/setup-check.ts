// What a head can get wrong in the office set-up, named precisely: the setup screen checks a draft with
// this before sending it, and the server checks again before checkConfig, so both say the same thing
// ("closing before opening", not "the settings are not valid").
import type { ErrorCode } from './errors.js';
import { LANGS, type OfficeConfig, type WeekHours } from './queue/types.js';

export function knownTimeZone(zone: string): boolean {
  if (zone.trim() === '' || zone !== zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every open day closes after it opens, within the day. */
export function hoursInOrder(hours: WeekHours): boolean {
  return hours.every((span) => span === null || (span[0] >= 0 && span[0] < span[1] && span[1] <= 24 * 60));
}

/** The first problem a head must fix, or null when the set-up passes these checks. */
export function setupProblem(config: OfficeConfig): ErrorCode | null {
  if (config.languages.length === 0) return 'languages_empty';
  if (!knownTimeZone(config.timeZone)) return 'time_zone_unknown';
  if (!hoursInOrder(config.hours)) return 'hours_invalid';
  for (const sector of config.sectors) {
    if (sector.hours !== null && !hoursInOrder(sector.hours)) return 'hours_invalid';
    if (sector.services.some((s) => LANGS.some((l) => s.names[l].trim() === ''))) return 'service_name_empty';
  }
  return null;
}
