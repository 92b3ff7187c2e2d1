import { describe, expect, it } from 'vitest';
import { iinCheckDigit, isValidIin } from './iin.js';

describe('IIN check digit', () => {
  const first11 = '90010130012';
  const valid = first11 + String(iinCheckDigit(first11));

  it('accepts a number whose last digit is its check digit', () => {
    expect(isValidIin(valid)).toBe(true);
  });

  it('refuses a mistyped digit, a wrong length and letters', () => {
    const typo = valid.slice(0, 5) + String((Number(valid[5]) + 1) % 10) + valid.slice(6);
    expect(isValidIin(typo)).toBe(false);
    expect(isValidIin(valid.slice(0, 11))).toBe(false);
    expect(isValidIin('90010130012a')).toBe(false);
  });

  it('uses the second weights when the first sum leaves 10', () => {
    // Search the first number whose first pass leaves 10, so the second pass is really exercised.
    let found: string | null = null;
    for (let i = 0; i < 100000 && !found; i += 1) {
      const candidate = `8501${String(i).padStart(7, '0')}`.slice(0, 11);
      const digits = [...candidate].map(Number);
      const sum = digits.reduce((s, d, j) => s + d * (j + 1), 0) % 11;
      if (sum === 10) found = candidate;
    }
    expect(found).not.toBeNull();
    const digits = [...(found ?? '')].map(Number);
    const weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    const second = digits.reduce((s, d, j) => s + d * (weights[j] ?? 0), 0) % 11;
    expect(iinCheckDigit(found ?? '')).toBe(second === 10 ? null : second);
  });

  it('refuses an impossible birth month', () => {
    const bad = '901301300120';
    expect(isValidIin(bad)).toBe(false);
  });
});
