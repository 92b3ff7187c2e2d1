import type { Names } from '../../queue/types.js';

/** What a visitor reads at the touchscreen kiosk. */
export const kioskMessages = {
  'kiosk.welcome': { kk: 'Қош келдіңіз!', ru: 'Добро пожаловать!', en: 'Welcome!' },
  'kiosk.takeTicket': { kk: 'Талон алыңыз', ru: 'Возьмите талон', en: 'Take a ticket' },
  'kiosk.chooseSector': {
    kk: 'Қажетті бөлімді таңдаңыз',
    ru: 'Выберите нужное направление',
    en: 'Choose what you came for',
  },
  'kiosk.chooseService': { kk: 'Қызметті таңдаңыз', ru: 'Выберите услугу', en: 'Choose a service' },
  'kiosk.otherService': { kk: 'Басқа сұрақ', ru: 'Другой вопрос', en: 'Another question' },
  'kiosk.inQueue': { kk: 'Кезекте: {count}', ru: 'В очереди: {count}', en: 'In queue: {count}' },
  'kiosk.estimate': {
    kk: 'Күту уақыты: ≈ {minutes} мин',
    ru: 'Ожидание: ≈ {minutes} мин',
    en: 'Wait: ≈ {minutes} min',
  },
  'kiosk.noSectors': {
    kk: 'Қазір талон беретін бөлім жоқ',
    ru: 'Сейчас нет направлений для записи',
    en: 'No sector is issuing tickets now',
  },
  'kiosk.priorityQuestion': {
    kk: 'Сізге кезексіз қызмет көрсету қажет пе?',
    ru: 'Вам нужно обслуживание вне очереди?',
    en: 'Do you need priority service?',
  },
  'kiosk.priorityHint': {
    kk: 'Кезексіз қызмет мүмкіндігі шектеулі азаматтарға, қарттарға, жүкті әйелдерге, сәбиі бар ата-аналарға және ардагерлерге көрсетіледі',
    ru: 'Вне очереди обслуживаются люди с инвалидностью, пожилые, беременные, родители с младенцами и ветераны',
    en: 'Priority service is for people with disabilities, the elderly, pregnant women, parents with infants and veterans',
  },
  'kiosk.priorityNone': { kk: 'Жоқ, жалпы кезекпен', ru: 'Нет, в общей очереди', en: 'No, regular queue' },
  'kiosk.issuing': { kk: 'Талон дайындалуда…', ru: 'Готовим талон…', en: 'Issuing your ticket…' },
  'kiosk.yourNumber': { kk: 'Сіздің нөміріңіз', ru: 'Ваш номер', en: 'Your number' },
  'kiosk.ahead': {
    kk: 'Сіздің алдыңызда: {count} адам',
    ru: 'Перед вами: {count} чел.',
    en: 'People ahead of you: {count}',
  },
  'kiosk.watchScreen': {
    kk: 'Талонды алыңыз. Нөміріңіз бен терезе экранда көрсетіледі',
    ru: 'Возьмите талон. Ваш номер и окно появятся на экране',
    en: 'Take your ticket. Your number and desk will appear on the screen',
  },
  'kiosk.done': { kk: 'Дайын', ru: 'Готово', en: 'Done' },
  'kiosk.returning': {
    kk: '{seconds} секундтан кейін басты бетке ораламыз',
    ru: 'Возврат на главный экран через {seconds} с',
    en: 'Back to the start in {seconds} s',
  },
} as const satisfies Record<string, Names>;
