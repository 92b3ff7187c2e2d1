// Every string a visitor or a specialist reads, in Kazakh (first), Russian and English.
// Office data (sector and service names) carries its own `Names` and is picked with `pick`.
import type { ErrorCode } from '../errors.js';
import type { DeskStatus, Lang, Names, Outcome, PauseReason, PriorityKind } from '../queue/types.js';
import { errorNames } from './errors.js';
import { bookStaffMessages, bookVisitorMessages } from './messages/book.js';
import { caseStaffMessages, caseVisitorMessages } from './messages/cases.js';
import { commonMessages } from './messages/common.js';
import { displayMessages } from './messages/display.js';
import { headMessages } from './messages/head.js';
import { headHubMessages } from './messages/head-hub.js';
import { kioskAccessMessages } from './messages/kiosk-access.js';
import { kioskMessages } from './messages/kiosk.js';
import { openMessages } from './messages/open.js';
import { operatorMessages } from './messages/operator.js';
import { deskStatusNames, outcomeNames, pauseReasonNames, priorityNames } from './terms.js';

export { errorNames } from './errors.js';
export { deskStatusNames, outcomeNames, pauseReasonNames, priorityNames } from './terms.js';

export const messages = {
  ...commonMessages,
  ...kioskMessages,
  ...kioskAccessMessages,
  ...displayMessages,
  ...operatorMessages,
  ...headMessages,
  ...headHubMessages,
  ...caseVisitorMessages,
  ...caseStaffMessages,
  ...openMessages,
  ...bookVisitorMessages,
  ...bookStaffMessages,
} as const satisfies Record<string, Names>;

export type MessageKey = keyof typeof messages;
export type MessageParams = Record<string, string | number>;

/** Keys whose Kazakh and Russian texts are the same on purpose (brand, endonyms, shared words). */
export const SAME_IN_KK_AND_RU: readonly MessageKey[] = [
  'app.name',
  'lang.kk',
  'lang.ru',
  'lang.en',
  'ticket.label',
  'minutes.short',
  'minutes.approx',
  'open.minutes',
  'book.phoneEnd',
];

/** Replaces `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return format(messages[key][lang], params);
}

/** Picks a language from office data, falling back to Kazakh, then Russian, when a text is empty. */
export function pick(names: Names, lang: Lang): string {
  return names[lang] || names.kk || names.ru;
}

/** An unknown code (a newer server) reads as `internal` rather than crashing the page. */
export const errorText = (lang: Lang, code: ErrorCode): string =>
  ((errorNames as Partial<Record<string, Names>>)[code] ?? errorNames.internal)[lang];
export const outcomeName = (lang: Lang, outcome: Outcome): string => outcomeNames[outcome][lang];
export const priorityName = (lang: Lang, kind: PriorityKind): string => priorityNames[kind][lang];
export const pauseReasonName = (lang: Lang, reason: PauseReason): string => pauseReasonNames[reason][lang];
export const deskStatusName = (lang: Lang, status: DeskStatus): string => deskStatusNames[status][lang];

/** One text in several languages at once, e.g. the hall display's "Терезе / Окно". */
export function tAll(
  langs: readonly Lang[],
  key: MessageKey,
  params?: MessageParams,
  separator = ' / ',
): string {
  // "Талон / Талон" says nothing twice: a text the same in two languages is shown once.
  return [...new Set(langs.map((lang) => t(lang, key, params)))].join(separator);
}
