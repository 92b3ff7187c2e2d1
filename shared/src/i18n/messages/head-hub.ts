import type { Names } from '../../queue/types.js';

/** The head's set-up of the link to the region hub, and its status. */
export const headHubMessages = {
  'head.hub.title': { kk: 'Өңірлік хаб', ru: 'Региональный хаб', en: 'Region hub' },
  'head.hub.explain': {
    kk: 'Кеңсе өз жұмысын өзі жүргізеді және хаб қолжетімсіз болса да тоқтамайды; байланыс болғанда журналды, өтініштерді және баптауларды хабқа жібереді. Кілтті хаб әкімшісі береді.',
    ru: 'Офис работает сам по себе и не останавливается, когда хаб недоступен; при связи он отправляет в хаб журнал, обращения и настройки. Ключ выдаёт администратор хаба.',
    en: 'The office runs on its own and never stops when the hub is unreachable; while there is a link it sends its journal, cases and settings to the hub. The hub administrator issues the key.',
  },
  'head.hub.url': { kk: 'Хаб мекенжайы', ru: 'Адрес хаба', en: 'Hub address' },
  'head.hub.key': { kk: 'Кеңсе кілті', ru: 'Ключ офиса', en: 'Office key' },
  'head.hub.keySet': {
    kk: '{office} кеңсесінің кілті сақталған (көрсетілмейді)',
    ru: 'Сохранён ключ офиса {office} (не показывается)',
    en: 'A key for office {office} is saved (never shown)',
  },
  'head.hub.save': { kk: 'Сақтау және қосылу', ru: 'Сохранить и подключить', en: 'Save and connect' },
  'head.hub.clear': { kk: 'Хабқа жіберуді тоқтату', ru: 'Прекратить отправку в хаб', en: 'Stop forwarding' },
  'head.hub.off': {
    kk: 'Кеңсе хабқа ештеңе жібермейді.',
    ru: 'Офис ничего не отправляет в хаб.',
    en: 'The office forwards nothing to a hub.',
  },
  'head.hub.fromStart': {
    kk: 'Байланысты сервердің іске қосу командасы береді ({url}): ол осы баптаудан басым. Мұнда сақталғаны сервер онсыз іске қосылғанда қолданылады.',
    ru: 'Связь задана командой запуска сервера ({url}): она важнее этой настройки. Сохранённое здесь применится, когда сервер запустят без неё.',
    en: "The server's start command sets the link ({url}) and wins over this setting. What is saved here applies once the server starts without it.",
  },
  'head.hub.delivering': { kk: 'Жеткізіліп жатыр', ru: 'Доставляется', en: 'Delivering' },
  'head.hub.retrying': { kk: 'Қайта әрекет', ru: 'Повторная попытка', en: 'Retrying' },
  'head.hub.lastDelivered': { kk: 'Соңғы жеткізу', ru: 'Последняя доставка', en: 'Last delivered' },
  'head.hub.never': { kk: 'әлі болған жоқ', ru: 'ещё не было', en: 'not yet' },
  'head.hub.justNow': { kk: 'жаңа ғана', ru: 'только что', en: 'just now' },
  'head.hub.minAgo': { kk: '{n} мин бұрын', ru: '{n} мин назад', en: '{n} min ago' },
  'head.hub.hoursAgo': { kk: '{n} сағ бұрын', ru: '{n} ч назад', en: '{n} h ago' },
  'head.hub.pending': { kk: 'Жіберуді күтуде', ru: 'Ждут отправки', en: 'Waiting to be sent' },
  'head.hub.lastError': { kk: 'Соңғы қате', ru: 'Последняя ошибка', en: 'Last error' },
  'head.hub.error.unreachable': {
    kk: 'хабқа қосылу мүмкін емес',
    ru: 'хаб недоступен',
    en: 'the hub cannot be reached',
  },
  'head.hub.error.unauthorized': {
    kk: 'хаб бұл кілтті қабылдамайды',
    ru: 'хаб не принимает этот ключ',
    en: 'the hub does not accept this key',
  },
  'head.hub.error.refused': {
    kk: 'хаб жазбаны қабылдамады',
    ru: 'хаб отклонил запись',
    en: 'the hub refused an entry',
  },
  'head.hub.error.hub_error': {
    kk: 'хабтың ішкі қатесі',
    ru: 'внутренняя ошибка хаба',
    en: 'the hub failed inside',
  },
  'head.hub.error.bad_answer': {
    kk: 'хабтың жауабы түсініксіз',
    ru: 'непонятный ответ хаба',
    en: 'the hub answered something unreadable',
  },
  'head.hub.error.journal_unreadable': {
    kk: 'кеңсе журналын оқу мүмкін емес',
    ru: 'журнал офиса не читается',
    en: "the office's journal cannot be read",
  },
} as const satisfies Record<string, Names>;
