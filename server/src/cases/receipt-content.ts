// What a case's receipt says, in the visitor's language: the law asks for the date and time, the
// official who accepted it and the registration number; the due date and the status page's QR code
// tell the visitor when to expect an answer and where to follow it.
import {
  isoToText,
  pick,
  staffDateTime,
  t,
  type Case,
  type OfficeConfig,
  type ReceiptContent,
} from '@kezek/shared';

export function receiptContent(
  k: Readonly<Case>,
  config: OfficeConfig,
  officialName: string,
  statusUrl: string,
): ReceiptContent {
  const lang = k.lang;
  const sector = config.sectors.find((s) => s.id === k.sectorId);
  return {
    lang,
    officeName: pick(config.officeName, lang),
    title: t(lang, 'case.receipt.title'),
    numberLabel: t(lang, 'case.receipt.number'),
    number: k.number,
    sectorName: sector ? pick(sector.names, lang) : '',
    registered: t(lang, 'case.receipt.registered', { time: staffDateTime(k.registeredAt, config.timeZone) }),
    official: t(lang, 'case.receipt.official', { name: officialName }),
    due: t(lang, 'case.receipt.due', { date: isoToText(k.dueOn) }),
    statusUrl,
    scan: t(lang, 'case.receipt.scan'),
  };
}

export const caseStatusUrl = (base: string, code: string): string => `${base}/c/${encodeURIComponent(code)}`;
