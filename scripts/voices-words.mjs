// What the default clip set says, per language: the words the playlist composes calls from.
// Keys are the ones server/src/voice/numbers.ts asks for; change the words here and run `npm run voices`.

/** Latin ticket letters as each language names them aloud. */
const LETTERS_CYR = {
  A: 'а',
  B: 'бэ',
  C: 'цэ',
  D: 'дэ',
  E: 'е',
  F: 'эф',
  G: 'гэ',
  H: 'аш',
  I: 'и',
  J: 'йот',
  K: 'ка',
  L: 'эль',
  M: 'эм',
  N: 'эн',
  O: 'о',
  P: 'пэ',
  Q: 'ку',
  R: 'эр',
  S: 'эс',
  T: 'тэ',
  U: 'у',
  V: 'вэ',
  W: 'дубль вэ',
  X: 'икс',
  Y: 'игрек',
  Z: 'зэт',
};
const LETTERS_EN = {
  A: 'ay',
  B: 'bee',
  C: 'see',
  D: 'dee',
  E: 'ee',
  F: 'eff',
  G: 'jee',
  H: 'aitch',
  I: 'eye',
  J: 'jay',
  K: 'kay',
  L: 'el',
  M: 'em',
  N: 'en',
  O: 'oh',
  P: 'pee',
  Q: 'cue',
  R: 'ar',
  S: 'ess',
  T: 'tee',
  U: 'you',
  V: 'vee',
  W: 'double you',
  X: 'ex',
  Y: 'why',
  Z: 'zed',
};

const list = (from, words) => Object.fromEntries(words.map((w, i) => [String(from + i), w]));
const tens = (words) => Object.fromEntries(words.map((w, i) => [String((i + 2) * 10), w]));

export const VOICES = {
  kk: {
    espeak: 'kk',
    // "А нөл бір екі, үш нөмірлі терезеге өтіңіз": the desk number stays in its plain form before "нөмірлі".
    // The brief form said while calls queue up: "А он екі, терезе үш".
    phrases: { deskAfter: 'нөмірлі терезеге өтіңіз', deskShort: 'терезе' },
    letters: LETTERS_CYR,
    numbers: {
      ...list(0, ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз']),
      10: 'он',
      ...tens(['жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан']),
      100: 'жүз',
      1000: 'мың',
    },
  },
  ru: {
    espeak: 'ru',
    // "пройдите к окну номер N": after "номер" the number keeps its nominative form.
    phrases: { deskBefore: 'пройдите к окну номер', deskShort: 'окно' },
    letters: LETTERS_CYR,
    numbers: {
      ...list(0, ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять']),
      ...list(10, ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать']),
      ...list(16, ['шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать']),
      ...tens([
        'двадцать',
        'тридцать',
        'сорок',
        'пятьдесят',
        'шестьдесят',
        'семьдесят',
        'восемьдесят',
        'девяносто',
      ]),
      ...Object.fromEntries(
        [
          'сто',
          'двести',
          'триста',
          'четыреста',
          'пятьсот',
          'шестьсот',
          'семьсот',
          'восемьсот',
          'девятьсот',
        ].map((w, i) => [String((i + 1) * 100), w]),
      ),
      // The word for thousand changes with the count, so each thousand is a clip of its own.
      ...Object.fromEntries(
        [
          'тысяча',
          'две тысячи',
          'три тысячи',
          'четыре тысячи',
          'пять тысяч',
          'шесть тысяч',
          'семь тысяч',
          'восемь тысяч',
          'девять тысяч',
        ].map((w, i) => [String((i + 1) * 1000), w]),
      ),
    },
  },
  en: {
    espeak: 'en-us',
    phrases: { deskBefore: 'please go to desk', deskShort: 'desk' },
    letters: LETTERS_EN,
    numbers: {
      ...list(0, ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']),
      ...list(11, ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen']),
      ...list(18, ['eighteen', 'nineteen']),
      ...tens(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']),
      hundred: 'hundred',
      thousand: 'thousand',
    },
  },
};
