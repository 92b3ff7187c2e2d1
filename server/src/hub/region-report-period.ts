// Which rollup rows a period reads: the whole calendar months inside it from the month rows, the days
// before the first and after the last whole month from the day rows. A year is then 12 rows an office
// instead of 365; a period inside one month reads only days.
const EMPTY: [string, string] = ['1', '0']; // BETWEEN '1' AND '0' holds nothing

export interface PeriodParts {
  /** Two day ranges, either possibly empty. */
  days: [[string, string], [string, string]];
  months: [string, string];
}

const monthOf = (day: string) => day.slice(0, 7);

function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

function lastDayOf(month: string): string {
  const next = Date.parse(`${shiftMonth(month, 1)}-01T00:00:00Z`);
  return new Date(next - 86_400_000).toISOString().slice(0, 10);
}

const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function periodParts(from: string, to: string): PeriodParts {
  const first = from.endsWith('-01') ? monthOf(from) : shiftMonth(monthOf(from), 1);
  const last = to === lastDayOf(monthOf(to)) ? monthOf(to) : shiftMonth(monthOf(to), -1);
  if (first > last) return { days: [[from, to], EMPTY], months: EMPTY };
  const before: [string, string] = from < `${first}-01` ? [from, dayBefore(`${first}-01`)] : EMPTY;
  const after: [string, string] = to > lastDayOf(last) ? [dayAfter(lastDayOf(last)), to] : EMPTY;
  return { days: [before, after], months: [first, last] };
}

/** The parameters `rowsSql` numbers from `$first`, in its order. */
export const periodParams = (p: PeriodParts): string[] => [...p.days[0], ...p.days[1], ...p.months];

/**
 * The rollup rows of a period whose sector matches `sector` (an SQL condition on sector_id), as one
 * derived table of (office_id, sector_id, the summed columns); six parameters from `$first`.
 */
export function rowsSql(columns: readonly string[], sector: string, first: number): string {
  const cols = ['office_id', 'sector_id', ...columns].join(', ');
  const $ = (i: number) => `$${first + i}`;
  return `(SELECT ${cols} FROM region_rollups WHERE sector_id ${sector}
      AND (day BETWEEN ${$(0)} AND ${$(1)} OR day BETWEEN ${$(2)} AND ${$(3)})
    UNION ALL
    SELECT ${cols} FROM region_month_rollups WHERE sector_id ${sector} AND month BETWEEN ${$(4)} AND ${$(5)})`;
}
