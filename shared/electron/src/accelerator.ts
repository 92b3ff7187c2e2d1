// Electron's accelerator grammar (https://www.electronjs.org/docs/latest/api/accelerator): modifiers
// joined by "+", then exactly one key. globalShortcut.register throws on a malformed one and does nothing
// useful with a bare modifier, so the settings form refuses them before they are saved.

const MODIFIERS = new Set([
  'command',
  'cmd',
  'control',
  'ctrl',
  'commandorcontrol',
  'cmdorctrl',
  'alt',
  'option',
  'altgr',
  'shift',
  'super',
  'meta',
]);

const NAMED_KEYS = new Set([
  'plus',
  'space',
  'tab',
  'capslock',
  'numlock',
  'scrolllock',
  'backspace',
  'delete',
  'insert',
  'return',
  'enter',
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'escape',
  'esc',
  'volumeup',
  'volumedown',
  'volumemute',
  'medianexttrack',
  'mediaprevioustrack',
  'mediastop',
  'mediaplaypause',
  'printscreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
]);

function isKey(token: string): boolean {
  const t = token.toLowerCase();
  if (NAMED_KEYS.has(t)) return true;
  if (/^f([1-9]|1\d|2[0-4])$/.test(t)) return true;
  if (/^num[0-9]$/.test(t)) return true;
  // One printable ASCII character other than "+" (which is spelled Plus).
  return token.length === 1 && token >= '!' && token <= '~' && token !== '+';
}

/** True for e.g. "F9", "CmdOrCtrl+Shift+N", "Alt+Space"; false for "", "Ctrl", "Ctrl+", "F25", "A+B". */
export function isAccelerator(value: string): boolean {
  const tokens = value.trim().split('+');
  const key = tokens.pop();
  if (key === undefined || !isKey(key)) return false;
  const mods = tokens.map((m) => m.toLowerCase());
  return mods.every((m) => MODIFIERS.has(m)) && new Set(mods).size === mods.length;
}
