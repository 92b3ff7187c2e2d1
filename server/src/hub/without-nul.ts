// jsonb cannot hold U+0000, and a note may (the office takes any text): one such entry would fail every
// batch after it and stop the office's link for good. The hub's copy carries U+FFFD in its place.

/** A `JSON.stringify` replacer for anything the hub writes into a jsonb column. */
export function withoutNul(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
}
