import { describe, expect, it } from 'vitest';
import { numberClips, sectorClips, serviceClips, ticketClips, ticketNumberClips } from './spoken.ts';

describe('the kiosk voice says numbers as people do', () => {
  it('in Russian: words to nineteen, then tens and hundreds', () => {
    expect(numberClips(0, 'ru')).toEqual(['number-0']);
    expect(numberClips(14, 'ru')).toEqual(['number-14']);
    expect(numberClips(42, 'ru')).toEqual(['number-40', 'number-2']);
    expect(numberClips(300, 'ru')).toEqual(['number-300']);
    expect(numberClips(345, 'ru')).toEqual(['number-300', 'number-40', 'number-5']);
  });

  it('in Kazakh: eleven is "он бір", a hundred is "жүз", two hundred "екі жүз"', () => {
    expect(numberClips(11, 'kk')).toEqual(['number-10', 'number-1']);
    expect(numberClips(100, 'kk')).toEqual(['number-100']);
    expect(numberClips(205, 'kk')).toEqual(['number-2', 'number-100', 'number-5']);
  });

  it('in English: "three hundred forty five", and digits one by one past 999', () => {
    expect(numberClips(345, 'en')).toEqual(['number-3', 'number-hundred', 'number-40', 'number-5']);
    expect(numberClips(1002, 'en')).toEqual(['number-1', 'number-0', 'number-0', 'number-2']);
  });

  it('reads a ticket number as its letter and the number ("A012": A, twelve)', () => {
    expect(ticketNumberClips('A012', 'en')).toEqual(['letter-a', 'number-12']);
  });
});

describe('what the kiosk reads aloud', () => {
  const named = new Set(['sector-legal', 'service-birth']);

  it('names a sector or service by its own clip, else by letter or place', () => {
    expect(sectorClips({ id: 'legal', letter: 'A' }, named)).toEqual(['sector-legal']);
    expect(sectorClips({ id: 'tax', letter: 'H' }, named)).toEqual(['sector', 'letter-h']);
    expect(serviceClips('birth', 0, named, 'ru')).toEqual(['service-birth']);
    expect(serviceClips('x', 1, named, 'ru')).toEqual(['service', 'number-2']);
  });

  it('reads the ticket: number, sector, people ahead and wait; with no desk open, no wait at all', () => {
    const t = { number: 'A007', sector: { id: 'legal', letter: 'A' }, peopleAhead: 3, estimateMin: 15 };
    expect(ticketClips({ ...t, noDesk: false, printed: true }, 'en', named)).toEqual([
      'your-number',
      'letter-a',
      'number-7',
      'sector-legal',
      'ahead',
      'number-3',
      'wait-minutes',
      'number-15',
      'take-ticket',
    ]);
    const none = ticketClips({ ...t, estimateMin: null, noDesk: true, printed: false }, 'en', named);
    expect(none).toContain('no-desk-ticket');
    expect(none).not.toContain('ahead');
    expect(none).not.toContain('wait-minutes');
  });
});
