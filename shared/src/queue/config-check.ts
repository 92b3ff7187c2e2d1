// Checks what the type system cannot: uniqueness, references and ranges. A bad config would
// otherwise surface later as duplicate numbers or a desk that can never call anyone. What a head can
// get wrong in the setup screens is named precisely (setupProblem): the screen checks a draft with it
// before sending, and the server with checkConfig, so both say "closing before opening", not "invalid".
import type { ErrorCode } from '../errors.js';
import { LANGS, type OfficeConfig, type PriorityPolicy, type WeekHours } from './types.js';

const LETTER = /^[A-Z]$/;
const DAY_MINUTES = 24 * 60;

const isPositiveInt = (n: number): boolean => Number.isInteger(n) && n > 0;

function allUnique<T>(values: T[]): boolean {
  return new Set(values).size === values.length;
}

function validZone(timeZone: string): boolean {
  if (timeZone.trim() === '' || timeZone !== timeZone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function validHours(hours: WeekHours): boolean {
  return (
    hours.length === 7 &&
    hours.every(
      (span) =>
        span === null ||
        (Number.isInteger(span[0]) && span[0] >= 0 && span[0] < span[1] && span[1] <= DAY_MINUTES),
    )
  );
}

function validPolicy(policy: PriorityPolicy): boolean {
  switch (policy.kind) {
    case 'strict':
      return true;
    case 'ratio':
      return isPositiveInt(policy.priority) && isPositiveInt(policy.regular);
    case 'weighted':
      return Number.isFinite(policy.priorityBonusMin) && policy.priorityBonusMin > 0;
  }
}

/** The first mistake a head must fix in the setup screens, by name; null when there is none. */
export function setupProblem(config: OfficeConfig): ErrorCode | null {
  if (config.languages.length === 0) return 'languages_empty';
  if (!validZone(config.timeZone)) return 'time_zone_unknown';
  if (!validHours(config.hours)) return 'hours_invalid';
  for (const sector of config.sectors) {
    if (sector.hours !== null && !validHours(sector.hours)) return 'hours_invalid';
    if (sector.services.some((s) => LANGS.some((l) => s.names[l].trim() === ''))) return 'service_name_empty';
  }
  return null;
}

/** setupProblem's named mistakes first, then everything else as invalid_config. */
export function checkConfig(config: OfficeConfig): ErrorCode | null {
  const named = setupProblem(config);
  if (named !== null) return named;
  const { sectors, desks } = config;
  const sectorIds = new Set(sectors.map((s) => s.id));
  const ok =
    allUnique(config.languages) &&
    validPolicy(config.policy) &&
    sectorIds.size === sectors.length &&
    allUnique(sectors.map((s) => s.letter)) &&
    sectors.every(
      (s) =>
        LETTER.test(s.letter) &&
        allUnique(s.services.map((v) => v.id)) &&
        (s.dailyLimit === null || isPositiveInt(s.dailyLimit)) &&
        s.targetWaitMin > 0,
    ) &&
    allUnique(desks.map((d) => d.id)) &&
    allUnique(desks.map((d) => d.number)) &&
    desks.every(
      (d) =>
        isPositiveInt(d.number) &&
        allUnique(d.sectorIds) &&
        d.sectorIds.every((id) => sectorIds.has(id)) &&
        Object.values(d.sectorWeights).every((w) => Number.isFinite(w) && w >= 0),
    );
  return ok ? null : 'invalid_config';
}
