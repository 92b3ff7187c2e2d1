// The office a first start creates, from shared/DOMAIN.md: a district front office with seven sectors,
// eight desks, a head and eight specialists. README lists the logins.
import {
  bookingKey,
  DEFAULT_BOOKING_RULES,
  type Desk,
  type Names,
  type OfficeConfig,
  type Sector,
  type WeekHours,
} from '@kezek/shared';
import { hashPasswordSync } from '../auth/passwords.js';
import { defaultContent } from './defaults.js';
import { SETTINGS_SCHEMA_VERSION, type Settings, type StoredUser } from './types.js';

export const DEMO_PASSWORDS = { head: 'kezek-head', operator: 'kezek' } as const;

const n = (kk: string, ru: string, en: string): Names => ({ kk, ru, en });
/** Open around the clock, so the demo works whenever someone tries it; a real office sets its hours. */
const ALWAYS: WeekHours = [0, 1, 2, 3, 4, 5, 6].map(() => [0, 24 * 60] as const);

function sector(id: string, letter: string, names: Names, hints: Names, extra: Partial<Sector> = {}): Sector {
  return {
    id,
    letter,
    names,
    hints,
    services: [],
    targetWaitMin: 15,
    dailyLimit: null,
    priorityAllowed: true,
    hours: null,
    enabled: true,
    ...extra,
  };
}

export const DEMO_SECTORS: Sector[] = [
  sector(
    'legal',
    'A',
    n('Заңгерлік кеңес', 'Юридическая консультация', 'Legal consultation'),
    n(
      'Құқықтық сұрақтар бойынша тегін кеңес',
      'Бесплатная консультация по правовым вопросам',
      'Free advice on legal questions',
    ),
  ),
  sector(
    'self-service',
    'B',
    n('Өзіне-өзі қызмет көрсету', 'Самообслуживание', 'Self-service'),
    n(
      'eGov терминалдары, электрондық қызметтерге көмек',
      'Терминалы eGov, помощь с электронными услугами',
      'e-gov terminals, help with e-services',
    ),
    { targetWaitMin: 10 },
  ),
  sector(
    'civil-registry',
    'C',
    n('Азаматтық хал актілерін тіркеу', 'Регистрация актов гражданского состояния', 'Civil registration'),
    n('Туу, неке, қайтыс болуды тіркеу', 'Рождение, брак, смерть', 'Births, marriages, deaths'),
    {
      services: [
        { id: 'birth', names: n('Туу туралы куәлік', 'Регистрация рождения', 'Birth registration') },
        { id: 'marriage', names: n('Некені тіркеу', 'Регистрация брака', 'Marriage registration') },
        { id: 'death', names: n('Қайтыс болуды тіркеу', 'Регистрация смерти', 'Death registration') },
        { id: 'certificate', names: n('Анықтама алу', 'Получение справки', 'Certificates and copies') },
      ],
    },
  ),
  sector(
    'applications',
    'D',
    n('Өтініштерді қабылдау', 'Приём заявлений и обращений', 'Applications and appeals'),
    n(
      'Өтініштер, шағымдар, ұсыныстар',
      'Заявления, жалобы, предложения',
      'Applications, complaints, suggestions',
    ),
  ),
  sector(
    'accessibility',
    'E',
    n(
      'Мүмкіндігі шектеулі азаматтарға қызмет көрсету',
      'Обслуживание лиц с инвалидностью',
      'Service for people with disabilities',
    ),
    n('Барлық қызметтер бір терезеде', 'Все услуги в одном окне', 'Every service at one desk'),
    { helpCalls: true },
  ),
  sector(
    'business',
    'F',
    n('Кәсіпкерлер палатасы', 'Палата предпринимателей', 'Chamber of entrepreneurs'),
    n('Бизнесті қолдау және кеңес', 'Поддержка бизнеса и консультации', 'Business support and advice'),
  ),
  sector(
    'akim',
    'G',
    n('Әкімнің қабылдауы', 'Приём акима', 'Reception of the akim'),
    n(
      'Аудан әкімінің жеке қабылдауы',
      'Личный приём акима района',
      'Personal reception by the district head',
    ),
    { dailyLimit: 30, targetWaitMin: 30 },
  ),
];

const desk = (number: number, sectorIds: string[], sectorWeights: Record<string, number> = {}): Desk => ({
  id: `desk-${number}`,
  number,
  sectorIds,
  sectorWeights,
});

export const DEMO_OFFICE: OfficeConfig = {
  officeName: n(
    'Аудандық халыққа қызмет көрсету орталығы',
    'Районный центр обслуживания населения',
    'District public service centre',
  ),
  timeZone: 'Asia/Almaty',
  hours: ALWAYS,
  languages: ['kk', 'ru', 'en'],
  sectors: DEMO_SECTORS,
  desks: [
    desk(1, ['legal']),
    desk(2, ['self-service']),
    desk(3, ['civil-registry']),
    desk(4, ['civil-registry', 'applications']),
    desk(5, ['applications']),
    desk(6, ['accessibility', 'legal'], { accessibility: 2 }),
    desk(7, ['business']),
    desk(8, ['akim', 'applications'], { akim: 2 }),
  ],
  policy: { kind: 'ratio', priority: 1, regular: 2 },
  transferKeepsArrival: true,
  startOnCall: false,
  noShowGraceSec: 60,
};

const OPERATOR_NAMES = ['Айгерім', 'Нұрлан', 'Гүлнар', 'Ерлан', 'Әсем', 'Бауыржан', 'Мөлдір', 'Қайрат'];

function user(
  id: string,
  username: string,
  name: string,
  role: StoredUser['role'],
  password: string,
): StoredUser {
  return { id, username, name, role, passwordHash: hashPasswordSync(password), deskIds: [], active: true };
}

const BOOKING_DAY = [9 * 60, 18 * 60] as const;
const DEMO_BOOKING_RULES = {
  ...DEFAULT_BOOKING_RULES,
  enabled: true,
  hours: [0, 1, 2, 3, 4, 5, 6].map(() => BOOKING_DAY),
  perSlot: 2,
};

export function demoSettings(): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    office: structuredClone(DEMO_OFFICE),
    users: [
      user('u-head', 'head', 'Сәуле Оспанова', 'head', DEMO_PASSWORDS.head),
      ...OPERATOR_NAMES.map((name, i) =>
        user(`u-op${i + 1}`, `op${i + 1}`, name, 'operator', DEMO_PASSWORDS.operator),
      ),
    ],
    devices: [],
    sessions: [],
    autoPairLocal: true,
    // The demo takes bookings for legal advice, so /book and the kiosk's check-in work on a fresh start:
    // 09:00-18:00 every day, as the demo hall itself is open every day (around the clock).
    bookings: { rules: { [bookingKey('legal', null)]: DEMO_BOOKING_RULES } },
    content: {
      ...defaultContent(),
      ticker: {
        kk: 'Қош келдіңіз! Электрондық қызметтерді eGov.kz порталынан да алуға болады.',
        ru: 'Добро пожаловать! Электронные услуги доступны также на портале eGov.kz.',
        en: 'Welcome! Electronic services are also available on the eGov.kz portal.',
      },
    },
  };
}
