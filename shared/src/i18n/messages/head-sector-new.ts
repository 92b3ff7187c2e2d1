import type { Names } from '../../queue/types.js';

/** Adding a sector in the head's setup; spread into headMessages. */
export const headSectorNewMessages = {
  'head.sector.add': { kk: 'Сектор қосу', ru: 'Добавить сектор', en: 'Add a sector' },
  'head.sector.new': { kk: 'Жаңа сектор', ru: 'Новый сектор', en: 'New sector' },
  'head.sector.addIt': { kk: 'Тізімге қосу', ru: 'Добавить в список', en: 'Add to the list' },
  'head.sector.cancel': { kk: 'Бас тарту', ru: 'Отмена', en: 'Cancel' },
  'head.sector.namesNeeded': {
    kk: 'Атауын үш тілде жазыңыз',
    ru: 'Укажите название на всех трёх языках',
    en: 'Give the name in all three languages',
  },
  'head.sector.noLetter': {
    kk: 'Бос әріп қалмады: бір офисте 26 сектордан артық болмайды',
    ru: 'Свободных букв не осталось: в офисе не больше 26 секторов',
    en: 'No free letter left: an office has at most 26 sectors',
  },
  'head.sector.addedHint': {
    kk: 'Сақтаңыз, содан кейін «Терезелер» бөлімінде секторды терезеге бекітіңіз: әйтпесе оның келушілерін ешкім шақырмайды.',
    ru: 'Сохраните, затем назначьте сектор окну в разделе «Окна»: иначе его посетителей некому вызвать.',
    en: 'Save, then give the sector a desk under Desks: otherwise no one can call its visitors.',
  },
} as const satisfies Record<string, Names>;
