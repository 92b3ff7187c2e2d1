// What the kiosk's voice guidance says, per language (kiosk/src/lib/voice/ names the same clips). Screen
// texts come from the i18n catalogue so the voice says what the screen shows; the rest is worded here so
// a number always comes last and never changes form ("People ahead of you: 3", not "3 people").
// The demo office's sector and service names get clips of their own; an office's own sectors are read
// by letter unless it records `sector-<id>.ogg` (docs/voice.md).
import { messages, priorityNames, PRIORITY_KINDS } from '@kezek/shared';
import { DEMO_SECTORS } from '../server/dist/settings/demo-office.js';
import { VOICES } from './voices-words.mjs';

const say = (key) => ({ kk: messages[key].kk, ru: messages[key].ru, en: messages[key].en });

const PHRASES = {
  intro: {
    kk: 'Дыбыстық нұсқау қосулы. Батырмалар экранның төменгі жағында: сол жақта «Келесі», оң жақта «Таңдау». «Келесі» келесі нұсқаны оқиды, «Таңдау» оны алады.',
    ru: 'Голосовая подсказка включена. Кнопки внизу экрана: слева «Далее», справа «Выбрать». «Далее» читает следующий вариант, «Выбрать» берёт его.',
    en: 'Voice guidance is on. The buttons are at the bottom of the screen: Next on the left, Choose on the right. Next reads the next choice, Choose takes it.',
  },
  'voice-off': {
    kk: 'Дыбыстық нұсқау өшірілді',
    ru: 'Голосовая подсказка выключена',
    en: 'Voice guidance is off',
  },
  'choose-sector': say('kiosk.chooseSector'),
  'choose-service': say('kiosk.chooseService'),
  'priority-question': say('kiosk.priorityQuestion'),
  'priority-none': say('kiosk.priorityNone'),
  'other-service': say('kiosk.otherService'),
  back: say('action.back'),
  sector: { kk: 'Бөлім', ru: 'Направление', en: 'Sector' },
  service: { kk: 'Қызмет', ru: 'Услуга', en: 'Service' },
  'in-queue': { kk: 'Кезекте', ru: 'В очереди', en: 'In queue' },
  'no-desk': say('kiosk.noDesk'),
  'not-available': { kk: 'Қазір қолжетімсіз', ru: 'Сейчас недоступно', en: 'Not available now' },
  'your-number': { kk: 'Сіздің нөміріңіз', ru: 'Ваш номер', en: 'Your number is' },
  ahead: { kk: 'Алдыңыздағы адам саны', ru: 'Людей перед вами', en: 'People ahead of you' },
  'wait-minutes': {
    kk: 'Шамамен күту, минут',
    ru: 'Примерное ожидание, минут',
    en: 'Expected wait, in minutes',
  },
  'no-desk-ticket': {
    kk: 'Қазір бұл бөлімде ашық терезе жоқ. Терезе ашылғанда шақырыласыз, бірақ қанша күтетініңізді айта алмаймыз',
    ru: 'Сейчас по этому направлению не открыто ни одно окно. Вас вызовут, когда окно откроется, но сколько ждать, сказать нельзя',
    en: 'No desk is open for this sector now. You will be called when one opens, but we cannot say how long that will take',
  },
  'take-ticket': {
    kk: 'Талонды принтерден алыңыз',
    ru: 'Возьмите талон из принтера',
    en: 'Take your ticket from the printer',
  },
  finish: { kk: 'Аяқтау', ru: 'Завершить', en: 'Finish' },
  help: say('kiosk.help'),
  'help-sent': say('kiosk.helpSent'),
  'help-failed': say('kiosk.helpFailed'),
  offline: {
    kk: 'Сервермен байланыс жоқ. Қазір талон беру мүмкін емес. Маманға жүгініңіз',
    ru: 'Нет связи с сервером. Сейчас талоны не выдаются. Обратитесь к специалисту',
    en: 'No connection to the server. Tickets cannot be issued right now. Please ask a specialist',
  },
  error: { kk: 'Талон берілмеді', ru: 'Талон не выдан', en: 'The ticket was not issued' },
  lang: { kk: 'Қазақ тілі', ru: 'Русский язык', en: 'English' },
};
for (const kind of PRIORITY_KINDS) PHRASES[`priority-${kind}`] = priorityNames[kind];

const NAMES = {};
for (const sector of DEMO_SECTORS) {
  NAMES[`sector-${sector.id}`] = sector.names;
  for (const service of sector.services) NAMES[`service-${service.id}`] = service.names;
}

/** Per language: clip file name (without .ogg) -> text, and the espeak-ng voice. */
export const KIOSK_VOICES = Object.fromEntries(
  Object.entries(VOICES).map(([lang, spec]) => {
    const clips = {};
    for (const [key, names] of Object.entries({ ...PHRASES, ...NAMES })) clips[key] = names[lang];
    for (const [letter, text] of Object.entries(spec.letters)) clips[`letter-${letter.toLowerCase()}`] = text;
    for (const [key, text] of Object.entries(spec.numbers)) clips[`number-${key}`] = text;
    return [lang, { espeak: spec.espeak, clips }];
  }),
);
