// A short, readable list of what changed between two versions of a setting, for the audit log:
// "sectors[civil-registry].names.ru, policy.kind". Arrays of things with an id are matched by id.

const MAX_PATHS = 12;

export function changedPaths(before: unknown, after: unknown): string[] {
  const out: string[] = [];
  walk(before, after, '', out);
  return out.length > MAX_PATHS ? [...out.slice(0, MAX_PATHS), `… +${out.length - MAX_PATHS}`] : out;
}

export function describeChange(before: unknown, after: unknown): string {
  const paths = changedPaths(before, after);
  return paths.length === 0 ? 'no change' : paths.join(', ');
}

function walk(a: unknown, b: unknown, path: string, out: string[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (Array.isArray(a) && Array.isArray(b) && byId(a) && byId(b)) {
    const left = new Map(a.map((x: { id: string }) => [x.id, x]));
    const right = new Map(b.map((x: { id: string }) => [x.id, x]));
    for (const [id, x] of right) {
      if (!left.has(id)) out.push(`${path}[${id}] added`);
      else walk(left.get(id), x, `${path}[${id}]`, out);
    }
    for (const id of left.keys()) if (!right.has(id)) out.push(`${path}[${id}] removed`);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      walk(a[key], b[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  out.push(path || '(all)');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const byId = (list: unknown[]): boolean => list.every((x) => isObject(x) && typeof x.id === 'string');
