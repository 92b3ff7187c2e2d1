// The head's setup of service norms: each service's longest wait and service time, falling back to the
// sector's (shared/src/queue/norms.ts decides which applies).
export const headNormMessages = {
  'head.norm.sectorService': {
    kk: 'Қызмет көрсету нормасы, мин (бос: норма жоқ)',
    ru: 'Норма обслуживания, мин (пусто: нет нормы)',
    en: 'Service time norm, min (empty: none)',
  },
  'head.norm.wait': { kk: 'Күту нормасы, мин', ru: 'Норма ожидания, мин', en: 'Wait norm, min' },
  'head.norm.service': {
    kk: 'Қызмет көрсету нормасы, мин',
    ru: 'Норма обслуживания, мин',
    en: 'Service time norm, min',
  },
  'head.col.overService': {
    kk: 'Қызмет нормадан ұзақ',
    ru: 'Обслуживание сверх нормы',
    en: 'Service over norm',
  },
  'head.norm.hint': {
    kk: 'Бос өріс: бөлімнің нормасы қолданылады',
    ru: 'Пустое поле: действует норма сектора',
    en: 'An empty field uses the sector’s norm',
  },
} as const;
