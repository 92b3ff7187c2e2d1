// The head's choice of receipt printer per desk (operator/src/cases/DeskPrintersEditor.svelte).
export const headDeskPrinterMessages = {
  'head.setup.tab.printers': { kk: 'Түбіртек принтерлері', ru: 'Принтеры расписок', en: 'Receipt printers' },
  'head.printers.hint': {
    kk: 'Әр терезенің өтініш түбіртегін қай принтер басады. Принтер болмаса, түбіртек экранда көрсетіледі.',
    ru: 'Какой принтер печатает расписки по обращениям каждого окна. Без принтера расписка показывается на экране.',
    en: 'Which printer prints each desk’s case receipts. Without one the receipt shows on the desk’s screen.',
  },
  'head.printers.none': { kk: 'Принтер жоқ', ru: 'Без принтера', en: 'No printer' },
  'head.printers.network': { kk: 'Желілік принтер', ru: 'Сетевой принтер', en: 'Network printer' },
  'head.printers.kiosk': { kk: 'Киоск принтері', ru: 'Принтер киоска', en: 'A kiosk’s printer' },
  'head.printers.address': {
    kk: 'Мекенжайы (tcp://хост:9100)',
    ru: 'Адрес (tcp://хост:9100)',
    en: 'Address (tcp://host:9100)',
  },
  'head.printers.paper': { kk: 'Қағаз, мм', ru: 'Бумага, мм', en: 'Paper, mm' },
  'head.printers.kioskNoPrinter': {
    kk: 'принтері жоқ',
    ru: 'без принтера',
    en: 'no printer',
  },
  'head.printers.kioskLocal': {
    kk: 'киосктің өз принтері',
    ru: 'свой принтер киоска',
    en: 'the kiosk’s own printer',
  },
} as const;
