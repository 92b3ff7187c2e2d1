import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

describe('staff passwords', () => {
  it('accept the right password, including Kazakh letters, and refuse a wrong one', async () => {
    const stored = await hashPassword('Құпия сөз 1');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('Құпия сөз 1', stored)).toBe(true);
    expect(await verifyPassword('Купия соз 1', stored)).toBe(false);
  });

  it('refuse a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });

  it('salt each hash, so equal passwords do not look equal', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
});
