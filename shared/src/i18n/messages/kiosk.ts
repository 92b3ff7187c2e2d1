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
  'kiosk.scanQr': {
    kk: 'Кезегіңізді телефоннан бақылау үшін QR кодты сканерлеңіз',
    ru: 'Отсканируйте QR-код, чтобы следить за очередью с телефона',
    en: 'Scan the QR code to follow your turn on your phone',
  },
  'kiosk.printerProblem': {
    kk: 'Принтер талонды баса алмады. Талон жарамды: нөміріңізді жазып алыңыз немесе QR кодты суретке түсіріңіз',
    ru: 'Принтер не смог напечатать талон. Талон действителен: запишите номер или сфотографируйте QR-код',
    en: 'The printer could not print your ticket. It is still valid: note your number or photograph the QR code',
  },
  'kiosk.noPrinter': {
    kk: 'Бұл киоскіде принтер жоқ: нөміріңізді жазып алыңыз немесе QR кодты суретке түсіріңіз',
    ru: 'У этого киоска нет принтера: запишите номер или сфотографируйте QR-код',
    en: 'This kiosk has no printer: note your number or photograph the QR code',
  },
  'kiosk.noDesk': {
    kk: 'Қазір бұл бөлімде ашық терезе жоқ',
    ru: 'Сейчас ни одно окно не принимает по этому направлению',
    en: 'No desk is serving this sector right now',
  },
  'kiosk.noDeskTicket': {
    kk: 'Қазір бұл бөлімде ашық терезе жоқ. Талон жарамды: терезе ашылғанда шақырыласыз, бірақ қанша күтетініңізді айта алмаймыз',
    ru: 'Сейчас ни одно окно не принимает по этому направлению. Талон действителен: вас вызовут, когда окно откроется, но сколько ждать, сказать нельзя',
    en: 'No desk is serving this sector right now. The ticket is valid: you will be called when a desk opens, but we cannot say how long that will take',
  },
  'kiosk.offline': {
    kk: 'Сервермен байланыс жоқ: қазір жаңа талон беру мүмкін емес',
    ru: 'Нет связи с сервером: новые талоны сейчас не выдаются',
    en: 'No connection to the server: new tickets cannot be issued right now',
  },
  'kiosk.offlineWorks': {
    kk: 'Алынған талондар жарамды: кезегіңіз сақталады, зал экранын бақылаңыз. Байланыс қалпына келгенде киоск өзі жұмысын жалғастырады; асығыс болса, маманға жүгініңіз',
    ru: 'Уже выданные талоны действительны: ваша очередь сохраняется, следите за экраном в зале. Когда связь вернётся, киоск заработает сам; если спешите, обратитесь к специалисту',
    en: 'Tickets already taken stay valid: your place is kept, watch the hall screen. The kiosk starts working again by itself when the connection returns; if you are in a hurry, ask a specialist',
  },
  'kiosk.printing': { kk: 'Талон басылуда…', ru: 'Печатаем талон…', en: 'Printing your ticket…' },
  'kiosk.largeText': { kk: 'Ірі мәтін', ru: 'Крупный текст', en: 'Large text' },
  'kiosk.issuedAt': { kk: 'Берілген уақыты: {time}', ru: 'Выдан: {time}', en: 'Issued: {time}' },
  'kiosk.sampleTicket': { kk: 'СЫНАҚ ТАЛОНЫ', ru: 'ПРОБНЫЙ ТАЛОН', en: 'TEST TICKET' },
  'status.title': { kk: 'Талон күйі', ru: 'Статус талона', en: 'Ticket status' },
  'status.waiting': { kk: 'Кезекте күтудесіз', ru: 'Вы в очереди', en: 'You are in the queue' },
  'status.called': {
    kk: 'Сізді шақырды: {desk} нөмірлі терезеге өтіңіз',
    ru: 'Вас вызвали: пройдите к окну номер {desk}',
    en: 'You are called: please go to desk {desk}',
  },
  'status.serving': { kk: 'Сізге қызмет көрсетілуде', ru: 'Вас обслуживают', en: 'You are being served' },
  'status.finished': { kk: 'Қызмет аяқталды', ru: 'Обслуживание завершено', en: 'Your visit is finished' },
  'status.ended': { kk: 'Талон жабылды', ru: 'Талон закрыт', en: 'This ticket is closed' },
  'status.unknown': { kk: 'Мұндай талон табылмады', ru: 'Талон не найден', en: 'Ticket not found' },
  'status.rateAsk': {
    kk: 'Қызмет көрсетуді бағалаңыз',
    ru: 'Оцените обслуживание',
    en: 'Please rate the service',
  },
  'status.stars': { kk: '{stars} жұлдыз', ru: '{stars} из 5', en: '{stars} of 5' },
  'status.comment': {
    kk: 'Пікір (міндетті емес)',
    ru: 'Комментарий (необязательно)',
    en: 'Comment (optional)',
  },
  'status.send': { kk: 'Жіберу', ru: 'Отправить', en: 'Send' },
  'status.thanks': {
    kk: 'Бағалағаныңызға рақмет!',
    ru: 'Спасибо за оценку!',
    en: 'Thank you for your rating!',
  },
  'status.offline': {
    kk: 'Байланыс жоқ, қайталап көреміз…',
    ru: 'Нет связи, повторяем…',
    en: 'No connection, retrying…',
  },
} as const satisfies Record<string, Names>;
