// The staff PIN that guards the kiosk's settings. Stored as a scrypt hash with its salt, so the config
// file on the kiosk's disk never holds the PIN itself.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface PinHash {
  salt: string;
  hash: string;
}

const KEY_LENGTH = 32;

/**
 * Six to twelve digits: a million PINs at least, which the growing delays of pin-guard.ts turn into
 * years of tapping. A PIN saved by an older shell (four digits) still unlocks; a new one must be longer.
 */
export const PIN_DIGITS = { min: 6, max: 12 } as const;

export function isValidPin(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_DIGITS.min},${PIN_DIGITS.max}}$`).test(pin);
}

export function hashPin(pin: string, salt = randomBytes(16).toString('hex')): PinHash {
  return { salt, hash: scryptSync(pin, salt, KEY_LENGTH).toString('hex') };
}

export function verifyPin(pin: string, stored: PinHash): boolean {
  const expected = Buffer.from(stored.hash, 'hex');
  if (expected.length !== KEY_LENGTH) return false;
  return timingSafeEqual(scryptSync(pin, stored.salt, KEY_LENGTH), expected);
}
