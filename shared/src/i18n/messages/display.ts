import type { Names } from '../../queue/types.js';

/** Labels of the hall display (shown in two languages at once). */
export const displayMessages = {
  'display.nowCalling': { kk: 'Шақырылды', ru: 'Вызов', en: 'Now calling' },
  'display.recentCalls': { kk: 'Соңғы шақырулар', ru: 'Последние вызовы', en: 'Recent calls' },
  'display.queues': { kk: 'Кезектер', ru: 'Очереди', en: 'Queues' },
  'display.waiting': { kk: 'Күтуде', ru: 'Ожидают', en: 'Waiting' },
  'display.wait': { kk: 'Күту', ru: 'Ожидание', en: 'Wait' },
  'display.noCalls': { kk: 'Әзірге шақыру жоқ', ru: 'Вызовов пока нет', en: 'No calls yet' },
  'display.goTo': { kk: 'терезеге өтіңіз', ru: 'пройдите к окну', en: 'please go to desk' },
  'display.tapForSound': {
    kk: 'Дыбысты қосу үшін экранды түртіңіз',
    ru: 'Коснитесь экрана, чтобы включить звук',
    en: 'Tap the screen to turn the sound on',
  },
  'display.soundPlaying': { kk: 'Хабарландыру', ru: 'Объявление', en: 'Announcing' },
} as const satisfies Record<string, Names>;
