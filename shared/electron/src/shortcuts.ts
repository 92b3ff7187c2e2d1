// Keys the shell swallows before the page sees them (webContents 'before-input-event'). The kiosk and the
// hall display are unattended: only plain typing keys get through, so no reload, close, zoom, print
// dialog, devtools or back/forward. The operator's desk is a normal window: only devtools are closed.
import type { Input } from 'electron';
import type { ShellRole } from './roles.js';

export type KeyInput = Pick<Input, 'type' | 'key' | 'control' | 'alt' | 'meta' | 'shift'>;

/** Keys an unattended screen still accepts, without Ctrl, Alt or Meta (Shift is typing). */
const TYPING_KEYS = new Set([
  'Enter',
  'Backspace',
  'Delete',
  'Tab',
  ' ',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Shift',
  'CapsLock',
  'Escape',
]);

/** Devtools in every Chromium spelling: F12, Ctrl+Shift+I/J/C, Cmd+Alt+I on macOS. */
function isDevtools(input: KeyInput): boolean {
  const k = input.key.toLowerCase();
  if (input.key === 'F12') return true;
  if ((input.control || input.meta) && input.shift && ['i', 'j', 'c'].includes(k)) return true;
  return input.meta && input.alt && k === 'i';
}

export function isBlockedKey(input: KeyInput, role: ShellRole): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  if (isDevtools(input)) return true;
  if (role === 'operator') return false;
  if (input.control || input.alt || input.meta) return true;
  // One printable character (any script: Kazakh, Russian, Latin, digits) is typing.
  if ([...input.key].length === 1) return false;
  return !TYPING_KEYS.has(input.key);
}
