// The booking page's words for refusals and its reading of phone numbers.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, LANGS, t } from '@kezek/shared';
import { dayChip, normalPhone, refusalText } from './book-text.ts';

describe('the booking page says why', () => {
  it('has its own sentence for every refusal the booking routes give, in every language', () => {
    const bookingCodes = ERROR_CODES.filter(
      (c) => /booking|slot/.test(c) || c === 'iin_invalid' || c === 'rate_limited',
    );
    expect(bookingCodes).toEqual(expect.arrayContaining(['slot_full', 'booking_limit', 'slot_unavailable']));
    for (const lang of LANGS)
      for (const code of bookingCodes)
        expect(refusalText(lang, code), `${code} ${lang}`).not.toBe(t(lang, 'book.refused.other'));
  });

  it('says a full slot, the per-person limit and a closed day differently', () => {
    const said = ['slot_full', 'booking_limit', 'slot_unavailable', 'holiday'].map((c) =>
      refusalText('kk', c),
    );
    expect(new Set(said).size).toBe(4);
  });

  it('falls back to a plain sentence for a code it does not know (a newer server)', () => {
    expect(refusalText('en', 'something_new')).toBe(t('en', 'book.refused.other'));
  });
});

describe('phone numbers as people write them', () => {
  it('reads the usual Kazakhstan forms and refuses short or foreign ones', () => {
    for (const typed of ['+7 701 234 56 78', '8 (701) 234-56-78', '87012345678', '7012345678'])
      expect(normalPhone(typed), typed).toBe('+77012345678');
    expect(normalPhone('701 234')).toBeNull();
    expect(normalPhone('+44 20 7946 0958')).toBeNull();
  });
});

describe('day chips', () => {
  it('write the weekday over day.month, Monday 7 December 2026 in every language', () => {
    expect(dayChip('2026-12-07', 'kk')).toEqual({ weekday: 'Дс', date: '07.12' });
    expect(dayChip('2026-12-07', 'ru').weekday).toBe('Пн');
    expect(dayChip('2026-12-07', 'en').weekday).toBe('Mon');
  });
});
