import type { Names } from '../../queue/types.js';

/** Words every app uses: connection state, pairing, desks, minutes. */
export const commonMessages = {
  'app.name': { kk: 'Кезек', ru: 'Кезек', en: 'Kezek' },
  'lang.kk': { kk: 'Қазақша', ru: 'Қазақша', en: 'Қазақша' },
  'lang.ru': { kk: 'Русский', ru: 'Русский', en: 'Русский' },
  'lang.en': { kk: 'English', ru: 'English', en: 'English' },
  'lang.label': { kk: 'Тіл', ru: 'Язык', en: 'Language' },
  'conn.connecting': {
    kk: 'Серверге қосылуда…',
    ru: 'Подключение к серверу…',
    en: 'Connecting to the server…',
  },
  'conn.offline': {
    kk: 'Сервер қолжетімсіз, қайта қосылуда…',
    ru: 'Сервер недоступен, переподключение…',
    en: 'Server unreachable, retrying…',
  },
  'conn.noConnection': { kk: 'Байланыс жоқ', ru: 'Нет связи', en: 'No connection' },
  'conn.retrying': {
    kk: 'Сервер жауап бермеді, қайталап көреміз…',
    ru: 'Сервер не ответил, повторяем…',
    en: 'No answer from the server, retrying…',
  },
  'pairing.title': { kk: 'Құрылғыны тіркеу', ru: 'Регистрация устройства', en: 'Device pairing' },
  'pairing.ask': {
    kk: 'Кеңсе басшысынан осы кодты растауын сұраңыз',
    ru: 'Попросите руководителя офиса подтвердить этот код',
    en: 'Ask the office head to confirm this code',
  },
  'pairing.requesting': { kk: 'Код сұралуда…', ru: 'Запрашиваем код…', en: 'Requesting a code…' },
  'pairing.waiting': {
    kk: 'Растауды күтудеміз…',
    ru: 'Ждём подтверждения…',
    en: 'Waiting for confirmation…',
  },
  'desk.label': { kk: 'Терезе', ru: 'Окно', en: 'Desk' },
  'desk.number': { kk: '{number}-терезе', ru: 'Окно {number}', en: 'Desk {number}' },
  'ticket.label': { kk: 'Талон', ru: 'Талон', en: 'Ticket' },
  'minutes.short': { kk: '{minutes} мин', ru: '{minutes} мин', en: '{minutes} min' },
  'minutes.approx': { kk: '≈ {minutes} мин', ru: '≈ {minutes} мин', en: '≈ {minutes} min' },
  'wait.label': { kk: 'Күту уақыты', ru: 'Время ожидания', en: 'Waiting time' },
  'wait.unknown': { kk: 'Ашық терезе жоқ', ru: 'Нет открытых окон', en: 'No desk open' },
  'waiting.label': { kk: 'Кезекте', ru: 'В очереди', en: 'Waiting' },
  'action.retry': { kk: 'Қайталау', ru: 'Повторить', en: 'Try again' },
  'action.back': { kk: 'Артқа', ru: 'Назад', en: 'Back' },
  'action.cancel': { kk: 'Болдырмау', ru: 'Отмена', en: 'Cancel' },
  'priority.mark': { kk: 'Кезексіз', ru: 'Вне очереди', en: 'Priority' },
} as const satisfies Record<string, Names>;
