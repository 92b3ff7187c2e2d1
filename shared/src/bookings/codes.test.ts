import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeCandidates, codeFromBytes, isBookingCode, normalizeCode } from './codes.js';

describe('booking codes', () => {
  it('are 8 Crockford characters in two groups, 40 bits, without I, L, O or U', () => {
    expect(codeFromBytes(new Uint8Array([0, 0, 0, 0, 0]))).toBe('0000-0000');
    expect(codeFromBytes(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZ-ZZZZ');
    for (let i = 0; i < 200; i += 1) {
      const code = codeFromBytes(randomBytes(5));
      expect(isBookingCode(code)).toBe(true);
      expect(code).not.toMatch(/[ILOU]/);
    }
  });

  it('forgive what a person types: lower case, spaces, dashes, O for zero, I and L for one', () => {
    expect(normalizeCode('7kq4 m2xd')).toBe('7KQ4-M2XD');
    expect(normalizeCode(' 7KQ4-M2XD\n')).toBe('7KQ4-M2XD');
    expect(normalizeCode('o1l0-ii00')).toBe('0110-1100');
    expect(normalizeCode('7KQ4M2X')).toBeNull();
    expect(normalizeCode('7KQ4-M2XU')).toBeNull();
  });

  it("read Cyrillic look-alikes and a scanner typing in the Russian layout back as the code's letters", () => {
    // Typed in Cyrillic by a person: К, М, Х, Е, С look like K, M, X, E, C.
    expect(codeCandidates('7КQ4-М2ХЕ')).toContain('7KQ4-M2XE');
    // A USB scanner on a kiosk left in the Russian layout: the keys 7 K Q 4 - M 2 X D type "7ЛЙ4-Ь2ЧВ".
    expect(codeCandidates('7ЛЙ4-Ь2ЧВ')).toEqual(['7KQ4-M2XD']);
    // "ВАС" is both B A C by look and D F C by key: both are tried.
    expect(codeCandidates('ВАС1-2345')).toEqual(['BAC1-2345', 'DFC1-2345']);
  });

  it("take the code out of the booking page's address a QR code carries", () => {
    expect(normalizeCode('https://office.example/book/7KQ4-M2XD')).toBe('7KQ4-M2XD');
    expect(normalizeCode('http://10.0.0.2:8080/book/7kq4m2xd?lang=kk')).toBe('7KQ4-M2XD');
  });
});
