// The Kazakh individual identification number: 12 digits, the first six the birth date (YYMMDD), the
// seventh century and sex, the last a check digit. Checking it catches a mistyped digit at the desk.

const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weighted(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i += 1) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

/** The check digit for the first 11 digits, or null when none exists (such numbers are never issued). */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  let check = weighted(digits, FIRST);
  if (check === 10) check = weighted(digits, SECOND);
  return check === 10 ? null : check;
}

export function isValidIin(iin: string): boolean {
  if (!/^\d{12}$/.test(iin)) return false;
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return iinCheckDigit(iin.slice(0, 11)) === Number(iin[11]);
}
