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
  // Where the head sets up the hall's voice: how many languages each call is read in.
  'display.voiceLanguages': {
    kk: 'Шақыру қанша тілде айтылады',
    ru: 'На скольких языках объявлять вызов',
    en: 'Languages each call is spoken in',
  },
  'display.voiceLanguages.1': {
    kk: 'Тек талонның тілінде',
    ru: 'Только на языке талона',
    en: 'The ticket’s language only',
  },
  'display.voiceLanguages.2': {
    kk: 'Талонның тілінде және тағы бір тілде',
    ru: 'На языке талона и ещё одном',
    en: 'The ticket’s language and one other',
  },
  'display.voiceLanguages.3': {
    kk: 'Орталықтың барлық тілінде',
    ru: 'На всех языках центра',
    en: 'Every language of the office',
  },
  'display.voiceLanguagesHint': {
    kk: 'Талонның тілі бірінші, содан кейін орталық тілдерінің реті бойынша. Шақырулар жиналса, әрқайсысы талонның тілінде қысқа айтылады.',
    ru: 'Сначала язык талона, затем языки центра по порядку. Когда вызовы скапливаются, каждый объявляется коротко на языке талона.',
    en: 'The ticket’s language first, then the office’s languages in order. When calls queue up, each is said briefly in its ticket’s language.',
  },
} as const satisfies Record<string, Names>;
