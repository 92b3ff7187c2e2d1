// The shell's own words (connecting page, settings page), Kazakh first. Visitors may see the connecting
// page, so it shows all three languages at once; the settings page is for staff and switches language.

export type ShellLang = 'kk' | 'ru' | 'en';
export const SHELL_LANGS: readonly ShellLang[] = ['kk', 'ru', 'en'];

export const CONNECTING = {
  kk: { title: 'Серверге қосылуда…', body: 'Кезек серверіне қосылу мүмкін болмады. Қайта тырысамыз.' },
  ru: { title: 'Подключение к серверу…', body: 'Не удалось связаться с сервером «Кезек». Пробуем снова.' },
  en: { title: 'Connecting to the server…', body: 'The Kezek server cannot be reached. Trying again.' },
} satisfies Record<ShellLang, { title: string; body: string }>;

export const SETUP = {
  kk: {
    title: 'Құрылғы баптаулары',
    role: 'Рөлі',
    kiosk: 'Терминал (талон беру)',
    display: 'Зал экраны',
    operator: 'Маман үстелі',
    server: 'Сервер мекенжайы',
    screen: 'Монитор нөмірі (0 — біріншісі)',
    printer: 'Жергілікті принтер (бос — сервер басып шығарады)',
    pin: 'Қызметкер PIN-коды (6–12 сан)',
    alwaysOnTop: 'Басқа терезелердің үстінде',
    hotkey: '«Келесі» жалпы пернесі',
    save: 'Сақтау',
    quit: 'Бағдарламадан шығу',
    unlock: 'Кіру',
    wrongPin: 'PIN-код қате',
    wait: 'Келесі әрекетке дейін {s} с күтіңіз',
    invalid: 'Толтырылмаған немесе қате өрістер бар',
    certFingerprint: 'Сервер сертификатының SHA-256 іздері (сервер экранынан; бос — қазіргісі алынады)',
    pinRequired: 'Бұл құрылғыға келушілер қолы жетеді: алдымен қызметкер PIN-кодын орнатыңыз.',
    hotkeyTaken: '«Келесі» пернесін тіркеу мүмкін болмады: оны басқа бағдарлама алған. Басқа перне таңдаңыз.',
    hotkeyWayland:
      '«Келесі» пернесі Wayland сеансында жұмыс істемейді: Xorg сеансына кіріңіз (docs/deploy.md).',
  },
  ru: {
    title: 'Настройки устройства',
    role: 'Роль',
    kiosk: 'Терминал (выдача талонов)',
    display: 'Табло в зале',
    operator: 'Рабочее место специалиста',
    server: 'Адрес сервера',
    screen: 'Номер монитора (0 — первый)',
    printer: 'Локальный принтер (пусто — печатает сервер)',
    pin: 'PIN-код сотрудника (6–12 цифр)',
    alwaysOnTop: 'Поверх других окон',
    hotkey: 'Глобальная клавиша «Следующий»',
    save: 'Сохранить',
    quit: 'Выйти из программы',
    unlock: 'Войти',
    wrongPin: 'Неверный PIN-код',
    wait: 'Следующая попытка через {s} с',
    invalid: 'Есть незаполненные или неверные поля',
    certFingerprint: 'Отпечаток SHA-256 сертификата сервера (с экрана сервера; пусто — взять текущий)',
    pinRequired: 'К этому устройству есть доступ у посетителей: сначала задайте PIN-код сотрудника.',
    hotkeyTaken: 'Клавишу «Следующий» не удалось назначить: её заняла другая программа. Выберите другую.',
    hotkeyWayland: 'Клавиша «Следующий» не работает в сеансе Wayland: войдите в сеанс Xorg (docs/deploy.md).',
  },
  en: {
    title: 'Device settings',
    role: 'Role',
    kiosk: 'Kiosk (issues tickets)',
    display: 'Hall display',
    operator: 'Operator desk',
    server: 'Server address',
    screen: 'Monitor number (0 = first)',
    printer: 'Local printer (empty = the server prints)',
    pin: 'Staff PIN (6–12 digits)',
    alwaysOnTop: 'Always on top',
    hotkey: 'Global "call next" key',
    save: 'Save',
    quit: 'Quit the app',
    unlock: 'Unlock',
    wrongPin: 'Wrong PIN',
    wait: 'Next try in {s} s',
    invalid: 'Some fields are empty or wrong',
    certFingerprint:
      "Server certificate's SHA-256 fingerprint (from the server's screen; empty = take the current one)",
    pinRequired: 'Visitors can reach this device: set the staff PIN first.',
    hotkeyTaken: 'The "call next" key could not be registered: another program holds it. Choose another.',
    hotkeyWayland:
      'The "call next" key does not work in a Wayland session: sign in to an Xorg session (docs/deploy.md).',
  },
} satisfies Record<ShellLang, Record<string, string>>;

/** Text for HTML: the shell's pages are built as strings, so every inserted value is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A page as a data: URL, so the shell needs no files of its own beside its code. */
export function dataUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
