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
    pin: 'Қызметкер PIN-коды (4–8 сан)',
    alwaysOnTop: 'Басқа терезелердің үстінде',
    hotkey: '«Келесі» жалпы пернесі',
    save: 'Сақтау',
    quit: 'Бағдарламадан шығу',
    unlock: 'Кіру',
    wrongPin: 'PIN-код қате',
    invalid: 'Толтырылмаған немесе қате өрістер бар',
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
    pin: 'PIN-код сотрудника (4–8 цифр)',
    alwaysOnTop: 'Поверх других окон',
    hotkey: 'Глобальная клавиша «Следующий»',
    save: 'Сохранить',
    quit: 'Выйти из программы',
    unlock: 'Войти',
    wrongPin: 'Неверный PIN-код',
    invalid: 'Есть незаполненные или неверные поля',
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
    pin: 'Staff PIN (4–8 digits)',
    alwaysOnTop: 'Always on top',
    hotkey: 'Global "call next" key',
    save: 'Save',
    quit: 'Quit the app',
    unlock: 'Unlock',
    wrongPin: 'Wrong PIN',
    invalid: 'Some fields are empty or wrong',
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
