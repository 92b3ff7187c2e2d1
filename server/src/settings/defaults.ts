// Values a settings file may lack (written by an older version or by hand). Only used to fill gaps:
// a fresh office starts from the seed, not from these.
import type { Desk, OfficeConfig, OfficeContent, Sector } from '@kezek/shared';

const noNames = { kk: '', ru: '', en: '' };

/** Mon–Fri 09:00–18:00, the usual front-office hours. */
const WEEKDAYS_9_TO_18 = [
  null,
  [540, 1080],
  [540, 1080],
  [540, 1080],
  [540, 1080],
  [540, 1080],
  null,
] as const;

export const defaultOfficeFields = (): Omit<OfficeConfig, 'sectors' | 'desks'> => ({
  officeName: { ...noNames },
  // Kazakhstan has used one zone (UTC+5) since March 2024; Almaty's tz entry follows it.
  timeZone: 'Asia/Almaty',
  hours: [...WEEKDAYS_9_TO_18],
  languages: ['kk', 'ru', 'en'],
  policy: { kind: 'strict' },
  transferKeepsArrival: true,
  startOnCall: false,
  noShowGraceSec: 60,
});

export const defaultSectorFields = (): Omit<Sector, 'id' | 'letter'> => ({
  names: { ...noNames },
  hints: { ...noNames },
  services: [],
  targetWaitMin: 15,
  dailyLimit: null,
  priorityAllowed: true,
  hours: null,
  enabled: true,
});

export const defaultDeskFields = (): Omit<Desk, 'id' | 'number'> => ({
  sectorIds: [],
  sectorWeights: {},
});

export const defaultContent = (): OfficeContent => ({
  ticketFooter: {
    kk: 'Кезегіңізді күтіңіз. Рақмет!',
    ru: 'Ожидайте вызова. Спасибо!',
    en: 'Please wait for your call. Thank you!',
  },
  ticker: { ...noNames },
  media: [],
  volume: 0.8,
  quietHours: null,
  kioskIdleSec: 30,
});
