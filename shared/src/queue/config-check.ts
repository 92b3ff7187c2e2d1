// Checks what the type system cannot: uniqueness, references and ranges. A bad config would
// otherwise surface later as duplicate numbers or a desk that can never call anyone.
import type { ErrorCode } from '../errors.js';
import type { OfficeConfig, PriorityPolicy, WeekHours } from './types.js';

const LETTER = /^[A-Z]$/;
const DAY_MINUTES = 24 * 60;

const isPositiveInt = (n: number): boolean => Number.isInteger(n) && n > 0;

function allUnique<T>(values: T[]): boolean {
  return new Set(values).size === values.length;
}

function validZone(timeZone: string): boolean {
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

export function checkConfig(config: OfficeConfig): ErrorCode | null {
  const { sectors, desks } = config;
  const sectorIds = new Set(sectors.map((s) => s.id));
  const ok =
    config.languages.length > 0 &&
    allUnique(config.languages) &&
    validZone(config.timeZone) &&
    validHours(config.hours) &&
    validPolicy(config.policy) &&
    sectorIds.size === sectors.length &&
    allUnique(sectors.map((s) => s.letter)) &&
    sectors.every(
      (s) =>
        LETTER.test(s.letter) &&
        allUnique(s.services.map((v) => v.id)) &&
        (s.dailyLimit === null || isPositiveInt(s.dailyLimit)) &&
        s.targetWaitMin > 0 &&
        (s.hours === null || validHours(s.hours)),
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
