// The staff PIN that guards the kiosk's settings. Stored as a scrypt hash with its salt, so the config
// file on the kiosk's disk never holds the PIN itself.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface PinHash {
  salt: string;
  hash: string;
}

const KEY_LENGTH = 32;

export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

export function hashPin(pin: string, salt = randomBytes(16).toString('hex')): PinHash {
  return { salt, hash: scryptSync(pin, salt, KEY_LENGTH).toString('hex') };
}

export function verifyPin(pin: string, stored: PinHash): boolean {
  const expected = Buffer.from(stored.hash, 'hex');
  if (expected.length !== KEY_LENGTH) return false;
  return timingSafeEqual(scryptSync(pin, stored.salt, KEY_LENGTH), expected);
}
