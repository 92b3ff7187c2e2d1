import type { Names } from '../../queue/types.js';

/** The head's reports: rows without a key, the wait chart by each visit's own norm, comparisons. */
export const headReportMessages = {
  'head.section.outcomes': { kk: 'Келу нәтижелері', ru: 'Итоги визитов', en: 'Visit outcomes' },
  'head.outcomes.openCases': {
    kk: 'Осы келулер ашқан өтініштер',
    ru: 'Обращения, открытые по этим визитам',
    en: 'The cases these visits opened',
  },
  'head.row.noService': { kk: 'қызмет таңдалмаған', ru: 'услуга не выбрана', en: 'no service chosen' },
  'head.row.notCalled': { kk: 'Шақырылмағандар', ru: 'Не вызваны', en: 'Not called' },
  'head.row.noPeriod': { kk: 'Уақыты белгісіз', ru: 'Время неизвестно', en: 'Time unknown' },
  'head.chart.distributionOwn': {
    kk: 'Күту уақытының таралуы, мин (норма: {targets} мин)',
    ru: 'Распределение ожидания, мин (норма: {targets} мин)',
    en: 'Wait distribution, min (target: {targets} min)',
  },
  'head.chart.within': {
    kk: 'Өз нормасында (қызметтің не бөлімнің)',
    ru: 'В пределах своей нормы (услуги или сектора)',
    en: 'Within its own norm (service or sector)',
  },
  'head.chart.over': {
    kk: 'Өз нормасынан ұзақ (қызметтің не бөлімнің)',
    ru: 'Дольше своей нормы (услуги или сектора)',
    en: 'Over its own norm (service or sector)',
  },
  'head.compare': { kk: 'Салыстыру', ru: 'Сравнить с', en: 'Compare with' },
  'head.compare.none': { kk: 'Салыстырмау', ru: 'Без сравнения', en: 'No comparison' },
  'head.compare.previous': {
    kk: 'Алдыңғы кезең (кеше)',
    ru: 'Предыдущий период (вчера)',
    en: 'Previous period (yesterday)',
  },
  'head.compare.lastWeek': {
    kk: 'Өткен апта (күнге орташа)',
    ru: 'Прошлая неделя (в среднем за день)',
    en: 'Last week (average per day)',
  },
  'head.compare.weekAgo': {
    kk: 'Бір апта бұрынғы сол күн',
    ru: 'Тот же день неделю назад',
    en: 'Same day last week',
  },
  'head.compare.was': { kk: 'бұрын {value}', ru: 'было {value}', en: 'was {value}' },
  'head.compare.period': { kk: 'Салыстыру: {range}', ru: 'Сравнение: {range}', en: 'Compared with {range}' },
  'head.chart.this': { kk: 'Осы кезең', ru: 'Этот период', en: 'This period' },
  'head.date.hint': { kk: 'кк.аа.жжжж', ru: 'дд.мм.гггг', en: 'dd.mm.yyyy' },
  'head.clock.hint': { kk: 'сс:мм', ru: 'чч:мм', en: 'hh:mm' },
} as const satisfies Record<string, Names>;
