// Calling a ticket by number from the keyboard. Ticket letters are Latin, but a specialist often has the
// Kazakh or Russian layout on: letters are taken from the physical key, so "C012" types the same on any.

/** The Latin letter of a letter key, whatever layout is active; null for any other key. */
export function latinLetter(e: KeyboardEvent): string | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const match = /^Key([A-Z])$/.exec(e.code);
  return match ? (match[1] ?? null) : null;
}

/** A ticket number as the server accepts it ("c12" -> "C12"), or null while it cannot be one. */
export function ticketNumber(text: string): string | null {
  const n = text.trim().toUpperCase();
  return /^[A-Z]\d{1,4}$/.test(n) ? n : null;
}
