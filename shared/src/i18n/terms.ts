import type { DeskStatus, Names, Outcome, PauseReason, PriorityKind } from '../queue/types.js';

export const outcomeNames: Record<Outcome, Names> = {
  solved: { kk: 'Шешілді', ru: 'Решён', en: 'Solved' },
  consulted: { kk: 'Түсіндірме берілді', ru: 'Дана консультация', en: 'Consulted' },
  in_progress: { kk: 'Шешілу үстінде', ru: 'В работе', en: 'In progress' },
  redirected: { kk: 'Басқа органға жіберілді', ru: 'Перенаправлен', en: 'Redirected' },
};

export const priorityNames: Record<PriorityKind, Names> = {
  disability: {
    kk: 'Мүмкіндігі шектеулі азамат',
    ru: 'Человек с инвалидностью',
    en: 'Person with a disability',
  },
  elderly: { kk: 'Егде жастағы адам', ru: 'Пожилой человек', en: 'Elderly person' },
  pregnant_or_infant: {
    kk: 'Жүкті әйел немесе сәбиі бар ата-ана',
    ru: 'Беременная или родитель с младенцем',
    en: 'Pregnant or with an infant',
  },
  veteran: { kk: 'Ардагер', ru: 'Ветеран', en: 'Veteran' },
};

export const pauseReasonNames: Record<PauseReason, Names> = {
  break: { kk: 'Қысқа үзіліс', ru: 'Короткий перерыв', en: 'Short break' },
  lunch: { kk: 'Түскі ас', ru: 'Обед', en: 'Lunch' },
  paperwork: { kk: 'Құжаттармен жұмыс', ru: 'Работа с документами', en: 'Paperwork' },
  meeting: { kk: 'Жиналыс', ru: 'Совещание', en: 'Meeting' },
  other: { kk: 'Басқа себеп', ru: 'Другое', en: 'Other' },
};

export const deskStatusNames: Record<DeskStatus, Names> = {
  closed: { kk: 'Жабық', ru: 'Закрыто', en: 'Closed' },
  open: { kk: 'Ашық', ru: 'Открыто', en: 'Open' },
  paused: { kk: 'Үзілісте', ru: 'Перерыв', en: 'Paused' },
};
