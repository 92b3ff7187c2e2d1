import type { Names } from '../../queue/types.js';

/** The kiosk's help for visitors who cannot read the screen, reach its top or read small text. */
export const kioskAccessMessages = {
  'kiosk.voice': { kk: 'Дыбыстық нұсқау', ru: 'Голосовая подсказка', en: 'Voice guidance' },
  'kiosk.voiceStop': { kk: 'Дыбысты өшіру', ru: 'Выключить голос', en: 'Voice off' },
  'kiosk.next': { kk: 'Келесі', ru: 'Далее', en: 'Next' },
  'kiosk.choose': { kk: 'Таңдау', ru: 'Выбрать', en: 'Choose' },
  'kiosk.voiceHint': {
    kk: '«Келесі» — келесі нұсқаны тыңдау, «Таңдау» — оны алу',
    ru: '«Далее» — услышать следующий вариант, «Выбрать» — взять его',
    en: '"Next" reads the next choice, "Choose" takes it',
  },
  'kiosk.reach': { kk: 'Батырмалар төменде', ru: 'Кнопки ниже', en: 'Buttons lower' },
  'kiosk.reachNote': {
    kk: 'Барлық батырмалар экранның төменгі жағында',
    ru: 'Все кнопки — в нижней части экрана',
    en: 'All buttons are in the lower part of the screen',
  },
  'kiosk.help': { kk: 'Маған көмек керек', ru: 'Мне нужна помощь', en: 'I need help' },
  'kiosk.helpSent': {
    kk: 'Маман сізге қазір келеді. Осында күте тұрыңыз',
    ru: 'Специалист сейчас подойдёт к вам. Подождите здесь',
    en: 'A specialist is coming to you. Please wait here',
  },
  'kiosk.helpFailed': {
    kk: 'Көмек шақыру жіберілмеді: терезедегі маманға жүгініңіз',
    ru: 'Не удалось позвать помощь: обратитесь к специалисту в окне',
    en: 'Could not call for help: please ask at a desk',
  },
  'kiosk.moreBelow': {
    kk: 'Төменде тағы бар: жоғары сырғытыңыз',
    ru: 'Ниже есть ещё: проведите пальцем вверх',
    en: 'More below: swipe up',
  },
} as const satisfies Record<string, Names>;
