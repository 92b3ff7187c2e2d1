import type { Names } from '../../queue/types.js';

/** The office's public figures: /open on a phone and the hall display's transparency zone. */
export const openMessages = {
  'open.title': { kk: 'Біздің жұмысымыз ашық', ru: 'Наша работа открыта', en: 'How we are doing' },
  'open.today': { kk: 'Бүгін', ru: 'Сегодня', en: 'Today' },
  'open.week': { kk: 'Осы апта', ru: 'Эта неделя', en: 'This week' },
  'open.month': { kk: 'Осы ай', ru: 'Этот месяц', en: 'This month' },
  'open.received': { kk: 'Қабылданды', ru: 'Принято', en: 'Received' },
  'open.medianWait': { kk: 'Күтудің медианасы', ru: 'Медиана ожидания', en: 'Median wait' },
  'open.withinNorm': { kk: 'Нормада қызмет', ru: 'Обслужено в норматив', en: 'Served within the norm' },
  'open.rating': { kk: 'Бағалау', ru: 'Оценка', en: 'Rating' },
  'open.ratingOf': {
    kk: '{avg} / 5 ({count} баға)',
    ru: '{avg} / 5 ({count} оценок)',
    en: '{avg} / 5 ({count} ratings)',
  },
  'open.noRating': { kk: 'Әзірге баға жоқ', ru: 'Оценок пока нет', en: 'No ratings yet' },
  'open.outcomes': { kk: 'Өтініштердің нәтижесі', ru: 'Чем закончились обращения', en: 'How visits ended' },
  'open.bySector': { kk: 'Бөлімдер бойынша', ru: 'По направлениям', en: 'By sector' },
  'open.sector': { kk: 'Бөлім', ru: 'Направление', en: 'Sector' },
  'open.last30': { kk: 'Соңғы 30 күн', ru: 'Последние 30 дней', en: 'The last 30 days' },
  'open.queueNow': { kk: 'Қазір кезекте', ru: 'Сейчас в очереди', en: 'Waiting now' },
  'open.waiting': { kk: 'кезекте: {count}', ru: 'в очереди: {count}', en: 'waiting: {count}' },
  'open.noDesk': { kk: 'терезе ашық емес', ru: 'окна закрыты', en: 'no desk open' },
  'open.hours': { kk: 'Жұмыс уақыты', ru: 'Часы работы', en: 'Opening hours' },
  'open.closed': { kk: 'демалыс', ru: 'выходной', en: 'closed' },
  'open.updated': { kk: 'Жаңартылды: {time}', ru: 'Обновлено: {time}', en: 'Updated: {time}' },
  'open.offline': {
    kk: 'Байланыс жоқ: соңғы белгілі сандар көрсетілген',
    ru: 'Нет связи: показаны последние известные цифры',
    en: 'No connection: showing the last figures we had',
  },
  'open.nobodyYet': { kk: 'Әзірге келушілер жоқ', ru: 'Посетителей пока нет', en: 'No visitors yet' },
  'open.specialists': { kk: 'Мамандар', ru: 'Специалисты', en: 'Specialists' },
  'open.minutes': { kk: '{minutes} мин', ru: '{minutes} мин', en: '{minutes} min' },
} as const satisfies Record<string, Names>;
