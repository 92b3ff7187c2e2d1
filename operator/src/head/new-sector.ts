// A sector the head adds in setup: a letter no other sector has (tickets read A001, B001…), an id made
// from its English name, and the office's usual settings until the head changes them.
import type { Names, Sector } from '@kezek/shared';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export const freeLetters = (sectors: readonly Sector[]): string[] =>
  LETTERS.filter((l) => !sectors.some((s) => s.letter === l));

/** "Passports and ID" -> "passports-and-id"; the letter's when the name has no Latin letters. */
export function sectorId(sectors: readonly Sector[], names: Names, letter: string): string {
  const slug = names.en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const base = slug || `sector-${letter.toLowerCase()}`;
  let id = base;
  for (let n = 2; sectors.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}

export function newSector(
  sectors: readonly Sector[],
  letter: string,
  names: Names,
  targetWaitMin: number,
): Sector {
  const trimmed: Names = { kk: names.kk.trim(), ru: names.ru.trim(), en: names.en.trim() };
  return {
    id: sectorId(sectors, trimmed, letter),
    letter,
    names: trimmed,
    hints: { kk: '', ru: '', en: '' },
    services: [],
    targetWaitMin,
    dailyLimit: null,
    priorityAllowed: true,
    hours: null,
    enabled: true,
  };
}
