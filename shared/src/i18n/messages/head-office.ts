import type { Names } from '../../queue/types.js';

/** The head's office-wide setup: hours, time zone, languages, services, hall media, restore; spread into headMessages. */
export const headOfficeMessages = {
  'head.setup.tab.office': { kk: 'Кеңсе', ru: 'Офис', en: 'Office' },
  'head.office.hours': { kk: 'Жұмыс уақыты', ru: 'Часы работы', en: 'Working hours' },
  'head.office.hoursHint': {
    kk: 'Киосктер талонды тек осы уақытта береді. Сектордың өз уақыты болса, сол қолданылады.',
    ru: 'Киоски выдают талоны только в эти часы. Если у сектора свои часы, действуют они.',
    en: 'Kiosks issue tickets only within these hours. A sector with hours of its own follows those.',
  },
  'head.office.timeZone': { kk: 'Уақыт белдеуі', ru: 'Часовой пояс', en: 'Time zone' },
  'head.office.timeZoneHint': {
    kk: 'Қазақстан: Asia/Almaty. Күн осы белдеудің түн ортасында жабылады.',
    ru: 'Казахстан: Asia/Almaty. День закрывается в полночь по этому поясу.',
    en: 'Kazakhstan: Asia/Almaty. The day closes at midnight in this zone.',
  },
  'head.office.languages': { kk: 'Тілдер', ru: 'Языки', en: 'Languages' },
  'head.office.languagesHint': {
    kk: 'Киоск осы тілдерді ұсынады; залда шақыру осы ретпен айтылады (талон тілі бірінші).',
    ru: 'Киоск предлагает эти языки; в зале вызов звучит в этом порядке (язык талона первым).',
    en: 'Kiosks offer these languages; the hall hears a call in this order (the ticket’s language first).',
  },
  // Written out: browsers with a reduced ICU have no Kazakh weekday names (shared/src/client/time.ts).
  'head.day.mon': { kk: 'Дүйсенбі', ru: 'Понедельник', en: 'Monday' },
  'head.day.tue': { kk: 'Сейсенбі', ru: 'Вторник', en: 'Tuesday' },
  'head.day.wed': { kk: 'Сәрсенбі', ru: 'Среда', en: 'Wednesday' },
  'head.day.thu': { kk: 'Бейсенбі', ru: 'Четверг', en: 'Thursday' },
  'head.day.fri': { kk: 'Жұма', ru: 'Пятница', en: 'Friday' },
  'head.day.sat': { kk: 'Сенбі', ru: 'Суббота', en: 'Saturday' },
  'head.day.sun': { kk: 'Жексенбі', ru: 'Воскресенье', en: 'Sunday' },
  'head.hours.closed': { kk: 'Демалыс', ru: 'Выходной', en: 'Closed' },
  'head.hours.own': {
    kk: 'Сектордың өз жұмыс уақыты',
    ru: 'Свои часы работы сектора',
    en: 'The sector’s own hours',
  },
  'head.hours.officeApplies': {
    kk: 'Кеңсенің жұмыс уақыты қолданылады',
    ru: 'Действуют часы работы офиса',
    en: 'The office’s working hours apply',
  },
  'head.services': { kk: 'Қызметтер', ru: 'Услуги', en: 'Services' },
  'head.services.add': { kk: 'Қызмет қосу', ru: 'Добавить услугу', en: 'Add a service' },
  'head.services.none': {
    kk: 'Қызметтер жоқ: киоск секторды таңдағаннан кейін бірден талон береді.',
    ru: 'Услуг нет: киоск выдаёт талон сразу после выбора сектора.',
    en: 'No services: the kiosk issues a ticket as soon as the sector is chosen.',
  },
  'head.remove': { kk: 'Жою', ru: 'Удалить', en: 'Remove' },
  'head.sector.details': { kk: 'Қызметтер мен уақыт', ru: 'Услуги и часы', en: 'Services and hours' },
  'head.media.title': {
    kk: 'Таблодағы бейнелер мен суреттер',
    ru: 'Видео и картинки на табло',
    en: 'Videos and pictures on the display',
  },
  'head.media.hint': {
    kk: 'PNG, JPEG, WebP суреттері немесе MP4, WebM бейнелері, 200 МБ-қа дейін. Белгіленгендері таблода кезекпен көрсетіледі.',
    ru: 'Картинки PNG, JPEG, WebP или видео MP4, WebM до 200 МБ. Отмеченные показываются на табло по очереди.',
    en: 'PNG, JPEG or WebP pictures or MP4 or WebM videos up to 200 MB. The ticked ones loop on the displays.',
  },
  'head.media.upload': { kk: 'Файл жүктеу', ru: 'Загрузить файл', en: 'Upload a file' },
  'head.media.uploading': { kk: 'Жүктелуде…', ru: 'Загрузка…', en: 'Uploading…' },
  'head.media.loop': { kk: 'Таблода', ru: 'На табло', en: 'On displays' },
  'head.media.none': { kk: 'Файлдар жоқ', ru: 'Файлов нет', en: 'No files yet' },
  'head.restore.title': {
    kk: 'Сақтық көшірмеден қалпына келтіру',
    ru: 'Восстановление из резервной копии',
    en: 'Restore from a backup',
  },
  'head.restore.explain': {
    kk: 'Файл толық тексеріледі, бірақ бірден қолданылмайды: деректер сервер келесі рет іске қосылғанда ауыстырылады. Қазіргі деректер деректер қалтасындағы before-restore-… қалтасында сақталады. Көшірмеден кейін берілген талондар залдың кезегінен жоғалады: серверді зал бос кезде қайта іске қосыңыз.',
    ru: 'Файл проверяется полностью, но сразу не применяется: данные заменяются при следующем запуске сервера. Текущие данные сохраняются в папке before-restore-… внутри папки данных. Талоны, выданные после копии, исчезнут из очереди: перезапускайте сервер, когда зал пуст.',
    en: 'The file is checked in full but not applied at once: the data is replaced when the server next starts. The current data is kept in a before-restore-… folder inside the data folder. Tickets issued after the backup leave the queue: restart the server when the hall is empty.',
  },
  'head.restore.choose': {
    kk: 'Көшірме файлын таңдау (.tar.gz)',
    ru: 'Выбрать файл копии (.tar.gz)',
    en: 'Choose the backup file (.tar.gz)',
  },
  'head.restore.staged': {
    kk: 'Дайын: {made} көшірмесі ({office}, {days} күн) сервер келесі рет іске қосылғанда қолданылады.',
    ru: 'Готово: копия от {made} ({office}, дней: {days}) будет применена при следующем запуске сервера.',
    en: 'Ready: the backup of {made} ({office}, {days} days) is applied when the server next starts.',
  },
  'head.restore.cancel': { kk: 'Бас тарту', ru: 'Отменить', en: 'Cancel the restore' },
} as const satisfies Record<string, Names>;
