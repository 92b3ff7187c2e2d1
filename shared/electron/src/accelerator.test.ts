import { describe, expect, it } from 'vitest';
import { isAccelerator } from './accelerator.js';

describe('the operator hotkey check', () => {
  it.each(['F9', 'F24', 'CmdOrCtrl+Shift+N', 'Alt+Space', 'Ctrl+Plus', 'Shift+F1', 'num5', 'Control+/', 'A'])(
    'accepts %s',
    (value) => expect(isAccelerator(value)).toBe(true),
  );

  it.each([
    '',
    ' ',
    'Ctrl',
    'Ctrl+',
    'F25',
    'F0',
    'A+B',
    'Ctrl+Ctrl+A',
    'Hyper+A',
    'Ctrl++',
    'Ә',
    'Ctrl+Enter+',
  ])('refuses %j', (value) => expect(isAccelerator(value)).toBe(false));
});
