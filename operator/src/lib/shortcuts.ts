// Keyboard shortcuts of the desk. Matched by physical key (KeyboardEvent.code), so they work the same
// with a Kazakh, Russian or English layout switched on.
import { PAUSE_REASONS, type Outcome, type PauseReason } from '@kezek/shared';

export type ActionId =
  | 'call-next'
  | 'recall'
  | 'start'
  | `finish-${Outcome}`
  | `finish-next-${Outcome}`
  | 'no-show'
  | 'return'
  | 'transfer'
  | 'find'
  | 'note'
  | 'pause'
  | 'resume'
  | 'close-desk';

interface Shortcut {
  code: string;
  shift: boolean;
  /** What the button shows. */
  label: string;
}

const key = (letter: string, shift = false): Shortcut => ({
  code: `Key${letter}`,
  shift,
  label: shift ? `⇧${letter}` : letter,
});
const digit = (n: number, shift = false): Shortcut => ({
  code: `Digit${n}`,
  shift,
  label: shift ? `⇧${n}` : String(n),
});

export const SHORTCUTS: Record<ActionId, Shortcut> = {
  'call-next': key('N'),
  recall: key('R'),
  start: key('S'),
  'finish-solved': digit(1),
  'finish-consulted': digit(2),
  'finish-in_progress': digit(3),
  'finish-redirected': digit(4),
  'finish-next-solved': digit(1, true),
  'finish-next-consulted': digit(2, true),
  'finish-next-in_progress': digit(3, true),
  'finish-next-redirected': digit(4, true),
  'no-show': key('X'),
  return: key('Q'),
  transfer: key('T'),
  // Focus the "call by number" field and the note field; typing there never triggers a shortcut.
  find: key('F'),
  note: key('M'),
  pause: key('P'),
  resume: key('P'),
  'close-desk': key('C', true),
};

/** Physical key code of a keypress; numpad digits count as digits. */
const codeOf = (e: KeyboardEvent): string => e.code.replace(/^Numpad(\d)$/, 'Digit$1');

/** True when the key belongs to something else: typing in a field, a browser shortcut, key repeat. */
export function ignoredKey(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  const typing = el?.closest?.('input, textarea, select, [contenteditable="true"]') != null;
  return typing || e.repeat || e.ctrlKey || e.altKey || e.metaKey;
}

/** The actions a keypress asks for (pause and resume share P; the caller runs the enabled one). */
export function actionsFor(e: KeyboardEvent): ActionId[] {
  const code = codeOf(e);
  return (Object.keys(SHORTCUTS) as ActionId[]).filter(
    (id) => SHORTCUTS[id].code === code && SHORTCUTS[id].shift === e.shiftKey,
  );
}

/** In the pause-reason picker, digits 1..5 pick a reason. */
export function pauseReasonFor(e: KeyboardEvent): PauseReason | null {
  const match = /^Digit(\d)$/.exec(codeOf(e));
  return match ? (PAUSE_REASONS[Number(match[1]) - 1] ?? null) : null;
}
