import type { ErrorCode } from '../errors.js';
import type { Names } from '../queue/types.js';

/** A message for every code a client can see; a new code without a message fails the typecheck. */
export const errorNames: Record<ErrorCode, Names> = {
  invalid_payload: {
    kk: 'Сұрау қате толтырылған',
    ru: 'Запрос заполнен неверно',
    en: 'The request is not valid',
  },
  unauthorized: { kk: 'Алдымен жүйеге кіріңіз', ru: 'Сначала войдите в систему', en: 'Please sign in first' },
  forbidden: { kk: 'Бұл әрекетке рұқсат жоқ', ru: 'Это действие запрещено', en: 'You may not do this' },
  bad_credentials: {
    kk: 'Пайдаланушы аты немесе құпиясөз қате',
    ru: 'Неверное имя пользователя или пароль',
    en: 'Wrong username or password',
  },
  session_expired: {
    kk: 'Сеанс аяқталды, қайта кіріңіз',
    ru: 'Сеанс истёк, войдите снова',
    en: 'Your session has expired, please sign in again',
  },
  rate_limited: {
    kk: 'Сұраулар тым көп, сәл күтіңіз',
    ru: 'Слишком много запросов, подождите немного',
    en: 'Too many requests, please wait a moment',
  },
  timeout: {
    kk: 'Сервер жауап бермеді, қайталап көріңіз',
    ru: 'Сервер не ответил, попробуйте ещё раз',
    en: 'The server did not answer, please try again',
  },
  internal: {
    kk: 'Серверде қате шықты, қайталап көріңіз',
    ru: 'Ошибка на сервере, попробуйте ещё раз',
    en: 'Something went wrong on the server, please try again',
  },
  storage_failed: {
    kk: 'Деректерді сақтау мүмкін болмады',
    ru: 'Не удалось сохранить данные',
    en: 'The data could not be saved',
  },
  pairing_unknown: {
    kk: 'Мұндай тіркеу коды жоқ',
    ru: 'Такого кода регистрации нет',
    en: 'No such pairing code',
  },
  device_revoked: {
    kk: 'Бұл құрылғының рұқсаты алынып тасталды',
    ru: 'Доступ этого устройства отозван',
    en: 'This device has been revoked',
  },
  day_not_open: {
    kk: 'Жұмыс күні әлі ашылмаған',
    ru: 'Рабочий день ещё не открыт',
    en: 'The working day has not started yet',
  },
  day_closed: { kk: 'Жұмыс күні жабылды', ru: 'Рабочий день закрыт', en: 'The working day is closed' },
  unknown_sector: { kk: 'Мұндай бөлім жоқ', ru: 'Такого направления нет', en: 'No such sector' },
  unknown_service: { kk: 'Мұндай қызмет жоқ', ru: 'Такой услуги нет', en: 'No such service' },
  unknown_desk: { kk: 'Мұндай терезе жоқ', ru: 'Такого окна нет', en: 'No such desk' },
  unknown_ticket: { kk: 'Мұндай талон жоқ', ru: 'Такого талона нет', en: 'No such ticket' },
  sector_disabled: {
    kk: 'Бұл бөлім бүгін жұмыс істемейді',
    ru: 'Это направление сегодня не работает',
    en: 'This sector is not working today',
  },
  outside_hours: {
    kk: 'Жұмыс уақытынан тыс',
    ru: 'Вне рабочего времени',
    en: 'Outside working hours',
  },
  no_open_desk: {
    kk: 'Қазір бұл бөлімде ашық терезе жоқ: талон берілмейді',
    ru: 'Сейчас ни одно окно не принимает по этому направлению: талоны не выдаются',
    en: 'No desk is serving this sector right now: no tickets are issued',
  },
  daily_limit_reached: {
    kk: 'Бүгінгі талондар таусылды',
    ru: 'Талоны на сегодня закончились',
    en: "Today's tickets have run out",
  },
  priority_not_allowed: {
    kk: 'Бұл бөлімде кезексіз қызмет көрсетілмейді',
    ru: 'В этом направлении нет обслуживания вне очереди',
    en: 'This sector has no priority service',
  },
  invalid_config: {
    kk: 'Баптаулар қате',
    ru: 'Неверные настройки',
    en: 'The settings are not valid',
  },
  hours_invalid: {
    kk: 'Жабылу уақыты ашылу уақытынан кейін болуы керек',
    ru: 'Время закрытия должно быть позже времени открытия',
    en: 'The closing time must be after the opening time',
  },
  time_zone_unknown: {
    kk: 'Мұндай уақыт белдеуі жоқ (мысалы, Asia/Almaty)',
    ru: 'Такого часового пояса нет (например, Asia/Almaty)',
    en: 'Unknown time zone (e.g. Asia/Almaty)',
  },
  languages_empty: {
    kk: 'Кемінде бір тілді таңдаңыз',
    ru: 'Выберите хотя бы один язык',
    en: 'Choose at least one language',
  },
  service_name_empty: {
    kk: 'Әр қызметтің үш тілде де атауы болуы керек',
    ru: 'У каждой услуги должно быть название на всех трёх языках',
    en: 'Every service needs a name in all three languages',
  },
  media_type: {
    kk: 'Тек PNG, JPEG, WebP суреттері немесе MP4, WebM бейнелері',
    ru: 'Только изображения PNG, JPEG, WebP или видео MP4, WebM',
    en: 'Only PNG, JPEG or WebP pictures or MP4 or WebM videos',
  },
  media_too_large: {
    kk: 'Файл тым үлкен (200 МБ-тан аспауы керек)',
    ru: 'Файл слишком большой (не более 200 МБ)',
    en: 'The file is too large (200 MB at most)',
  },
  restore_invalid: {
    kk: 'Бұл файл Kezek сақтық көшірмесі емес немесе бүлінген',
    ru: 'Этот файл не резервная копия Kezek или повреждён',
    en: 'This file is not a Kezek backup, or it is damaged',
  },
  desk_closed: { kk: 'Терезе жабық', ru: 'Окно закрыто', en: 'The desk is closed' },
  desk_paused: { kk: 'Терезе үзілісте', ru: 'Окно на перерыве', en: 'The desk is paused' },
  desk_busy: {
    kk: 'Алдымен қазіргі келушімен жұмысты аяқтаңыз',
    ru: 'Сначала завершите работу с текущим посетителем',
    en: 'Finish with the current visitor first',
  },
  desk_idle: { kk: 'Терезеде келуші жоқ', ru: 'У окна нет посетителя', en: 'The desk has no visitor' },
  desk_taken: {
    kk: 'Бұл терезеде басқа маман отыр',
    ru: 'Это окно занято другим специалистом',
    en: 'Another specialist is at this desk',
  },
  operator_elsewhere: {
    kk: 'Сіз басқа терезеде жұмыс істеп жатырсыз',
    ru: 'Вы уже работаете в другом окне',
    en: 'You are already working at another desk',
  },
  queue_empty: { kk: 'Кезекте ешкім жоқ', ru: 'В очереди никого нет', en: 'Nobody is waiting' },
  ticket_not_waiting: {
    kk: 'Бұл талон кезекте емес',
    ru: 'Этот талон не в очереди',
    en: 'This ticket is not waiting',
  },
  ticket_not_for_desk: {
    kk: 'Бұл талон басқа терезеге арналған',
    ru: 'Этот талон для другого окна',
    en: 'This ticket is for another desk',
  },
  not_started: {
    kk: 'Қабылдау әлі басталған жоқ',
    ru: 'Приём ещё не начат',
    en: 'Service has not started yet',
  },
  already_started: {
    kk: 'Қабылдау басталып қойған',
    ru: 'Приём уже начат',
    en: 'Service has already started',
  },
  same_sector: {
    kk: 'Талон осы бөлімде тұр',
    ru: 'Талон уже в этом направлении',
    en: 'The ticket is already in this sector',
  },
  ticket_not_finished: {
    kk: 'Қызмет көрсету әлі аяқталмаған',
    ru: 'Обслуживание ещё не завершено',
    en: 'The visit has not finished yet',
  },
  already_rated: { kk: 'Баға қойылып қойған', ru: 'Оценка уже поставлена', en: 'Already rated' },
  no_show_too_early: {
    kk: 'Келушіге келуге уақыт беріңіз: шақырылғаннан кейін күту уақыты әлі өтпеді',
    ru: 'Дайте посетителю время подойти: время ожидания после вызова ещё не прошло',
    en: 'Give the visitor time to come: the grace period after the call has not passed yet',
  },
  unknown_case: {
    kk: 'Мұндай өтініш табылмады',
    ru: 'Такое обращение не найдено',
    en: 'No such case',
  },
  case_closed: {
    kk: 'Өтініш жабылған: алдымен оны қайта ашыңыз',
    ru: 'Обращение закрыто: сначала откройте его снова',
    en: 'The case is closed: reopen it first',
  },
  case_open: { kk: 'Өтініш әлі ашық', ru: 'Обращение ещё открыто', en: 'The case is still open' },
  case_exists: {
    kk: 'Бұл келу бойынша өтініш тіркеліп қойған',
    ru: 'По этому визиту обращение уже зарегистрировано',
    en: 'A case is already registered for this visit',
  },
  already_extended: {
    kk: 'Мерзім бір рет қана ұзартылады',
    ru: 'Срок продлевается только один раз',
    en: 'The deadline can be extended only once',
  },
  extension_invalid: {
    kk: 'Жаңа мерзім қазіргіден кейін және заңдағы шектен аспауы керек',
    ru: 'Новый срок должен быть позже текущего и не дальше предела по закону',
    en: 'The new date must be after the current one and within the legal limit',
  },
  iin_invalid: {
    kk: 'ЖСН қате: бақылау саны сәйкес келмейді',
    ru: 'ИИН неверен: не сходится контрольная цифра',
    en: 'The IIN is wrong: its check digit does not match',
  },
  iin_disabled: {
    kk: 'Бұл кеңсе ЖСН сақтамайды',
    ru: 'Этот офис не хранит ИИН',
    en: 'This office does not keep IINs',
  },
  case_same_place: {
    kk: 'Өтініш қазірдің өзінде сол жерде',
    ru: 'Обращение уже там',
    en: 'The case is already there',
  },
  booking_off: {
    kk: 'Бұл қызметке алдын ала жазылу жоқ',
    ru: 'На эту услугу запись не ведётся',
    en: 'This service does not take bookings',
  },
  slot_unavailable: {
    kk: 'Бұл уақытқа жазылу мүмкін емес, басқа уақытты таңдаңыз',
    ru: 'На это время записаться нельзя, выберите другое',
    en: 'This time cannot be booked, please choose another',
  },
  slot_full: {
    kk: 'Бұл уақыт бос емес, басқа уақытты таңдаңыз',
    ru: 'Это время уже занято, выберите другое',
    en: 'This time is already taken, please choose another',
  },
  booking_limit: {
    kk: 'Бұл нөмірде жазылу саны шегіне жетті',
    ru: 'На этот номер уже есть максимум записей',
    en: 'This phone number already holds as many bookings as allowed',
  },
  unknown_booking: {
    kk: 'Мұндай жазылу коды табылмады',
    ru: 'Запись с таким кодом не найдена',
    en: 'No booking has this code',
  },
  booking_not_active: {
    kk: 'Бұл жазылу енді белсенді емес',
    ru: 'Эта запись уже не действует',
    en: 'This booking is no longer active',
  },
};
