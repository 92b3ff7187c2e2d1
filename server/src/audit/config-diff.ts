// What changed between two versions of a setting, for the audit log: one line per change with the old
// and the new value, e.g. `sectors[civil-registry].names.ru: "ЗАГС" → "Регистрация актов"`, so the log
// answers "what was it before" without a backup. Arrays of things with an id are matched by id.

const MAX_CHANGES = 12;
/** Longer values are cut: a log line, not a copy of the setting. */
const MAX_VALUE = 80;

export interface Change {
  path: string;
  /** Absent when the item was added. */
  before?: unknown;
  /** Absent when the item was removed. */
  after?: unknown;
}

export function changes(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before, after, '', out);
  return out;
}

/** One line per change, the old value and the new; entries after the twelfth are counted, not listed. */
export function describeChange(before: unknown, after: unknown): string {
  const lines = capped(changes(before, after).map(changeLine));
  return lines.length === 0 ? 'no change' : lines.join('\n');
}

function capped(lines: string[]): string[] {
  return lines.length > MAX_CHANGES
    ? [...lines.slice(0, MAX_CHANGES), `… +${lines.length - MAX_CHANGES}`]
    : lines;
}

function changeLine(c: Change): string {
  if (!('before' in c)) return `${c.path} added: ${show(c.after)}`;
  if (!('after' in c)) return `${c.path} removed: ${show(c.before)}`;
  return `${c.path}: ${show(c.before)} → ${show(c.after)}`;
}

/** An item added or removed shows by its name where it has one, else as a short value. */
function show(v: unknown): string {
  if (isObject(v) && isObject(v.names) && typeof v.names.ru === 'string') {
    const letter = typeof v.letter === 'string' ? `${v.letter} · ` : '';
    return cut(`${letter}${v.names.ru}`);
  }
  if (v === undefined) return '—';
  return cut(JSON.stringify(v));
}

const cut = (s: string) => (s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s);

function walk(a: unknown, b: unknown, path: string, out: Change[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (Array.isArray(a) && Array.isArray(b) && byId(a) && byId(b)) {
    const left = new Map(a.map((x: { id: string }) => [x.id, x]));
    const right = new Map(b.map((x: { id: string }) => [x.id, x]));
    for (const [id, x] of right) {
      if (!left.has(id)) out.push({ path: `${path}[${id}]`, after: x });
      else walk(left.get(id), x, `${path}[${id}]`, out);
    }
    for (const [id, x] of left) if (!right.has(id)) out.push({ path: `${path}[${id}]`, before: x });
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      walk(a[key], b[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  out.push({ path: path || '(all)', before: a, after: b });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const byId = (list: unknown[]): boolean => list.every((x) => isObject(x) && typeof x.id === 'string');
