// Booking codes: 8 characters of Crockford's base32 (40 bits from the server's crypto), shown in two
// groups "7KQ4-M2XD". The alphabet has no I, L, O or U, so a code read aloud on the phone or copied
// from a screen survives the usual confusions, and normalisation forgives the rest.
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;
/** Random bytes a code needs: 5 bytes are exactly 40 bits, 8 characters of 5 bits. */
export const CODE_BYTES = 5;

/** The code for 5 random bytes, grouped "XXXX-XXXX". */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_BYTES) throw new Error('a booking code needs 5 random bytes');
  let bits = 0n;
  for (let i = 0; i < CODE_BYTES; i += 1) bits = (bits << 8n) | BigInt(bytes[i] ?? 0);
  let out = '';
  for (let i = CODE_LENGTH - 1; i >= 0; i -= 1) out += CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
export const isBookingCode = (s: string): boolean => CANONICAL.test(s);

// A USB barcode scanner types like a keyboard: on a kiosk left in the Russian layout, the key for Latin
// "F" arrives as "А". These are the ЙЦУКЕН letters on the QWERTY keys, in QWERTY order.
const QWERTY = 'QWERTYUIOPASDFGHJKLZXCVBNM';
const RUSSIAN = 'ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ';
// A person typing in Cyrillic writes the letters that look alike instead.
const LOOK_ALIKE: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: '0',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  З: '3',
};
// Crockford's own forgiveness: O reads as zero, I and L as one; U is not in the alphabet.
const CROCKFORD: Record<string, string> = { O: '0', I: '1', L: '1' };

function canonical(raw: string): string | null {
  let s = '';
  for (const ch of raw) {
    const c = CROCKFORD[ch] ?? ch;
    if (CODE_ALPHABET.includes(c)) s += c;
    else if (!/[\s\-_.]/.test(c)) return null;
  }
  if (s.length !== CODE_LENGTH) return null;
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** What a scanned QR code holds may be the booking page's address: the code is its last path part. */
function fromAddress(input: string): string {
  const m = /\/book\/([^/?#\s]+)\/?(?:[?#].*)?$/i.exec(input.trim());
  return m?.[1] ? decodeURIComponent(m[1]) : input;
}

/**
 * Every code the input could mean, most likely first, none twice: as typed (lower case, spaces,
 * dashes, O/I/L forgiven), Cyrillic look-alikes read as Latin, and the Russian keyboard layout read
 * back as QWERTY keys. The kiosk tries each; an unknown code costs the same either way.
 */
export function codeCandidates(input: string): string[] {
  const text = fromAddress(input.slice(0, 200)).toUpperCase();
  const lookAlike = [...text].map((ch) => LOOK_ALIKE[ch] ?? ch).join('');
  const layout = [...text]
    .map((ch) => {
      const i = RUSSIAN.indexOf(ch);
      return i >= 0 ? (QWERTY[i] ?? ch) : ch;
    })
    .join('');
  const out: string[] = [];
  for (const variant of [text, lookAlike, layout]) {
    const c = canonical(variant);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** The one code the input most likely means, or null when it cannot be a code at all. */
export const normalizeCode = (input: string): string | null => codeCandidates(input)[0] ?? null;
