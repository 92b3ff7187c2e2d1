// Inbound payloads of the case commands. Every string bounded; empty optional texts become null.
import { z } from 'zod';
import { printerSchema } from './admin-schemas.js';
import { isIsoDate } from './calendar/dates.js';
import { CASE_RESULTS } from './cases/types.js';
import { LANGS } from './queue/types.js';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/);
const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
/** A text someone must write: not blank. */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1));
/** An optional text: blank reads as null. */
const optional = (max: number) =>
  z
    .string()
    .max(max)
    .nullable()
    .default(null)
    .transform((s) => (s && s.trim() ? s.trim() : null));

const contact = z
  .strictObject({
    name: optional(120),
    phone: optional(32).pipe(
      z
        .string()
        .regex(/^\+?[\d ()-]{5,31}$/)
        .nullable(),
    ),
    iin: optional(12).pipe(
      z
        .string()
        .regex(/^\d{12}$/)
        .nullable(),
    ),
  })
  .default({ name: null, phone: null, iin: null });
const isoDate = z.string().refine(isIsoDate);
const onCase = z.strictObject({ requestId, caseId: id });

const dates = z.array(isoDate).max(100);
const count = (max: number) => z.number().int().min(1).max(max);
/** What the head sets for cases; a year key is four digits, and at most 50 years are kept. */
/** A desk's own network printer (never `local:`: no shell prints for a desk), or a kiosk's printer. */
const deskPrinter = z.union([
  printerSchema.refine((p) => p.url !== 'local:', 'a desk prints on a network printer or a kiosk'),
  z.strictObject({ kioskId: id }),
]);

export const caseSettingsSchema = z.strictObject({
  prefix: z.string().regex(/^[A-Z0-9]{1,8}$/),
  iinEnabled: z.boolean(),
  periods: z.strictObject({
    answerWorkingDays: count(120),
    extensionMaxMonths: count(12),
    notifyWorkingDays: count(30),
    redirectWorkingDays: count(30),
  }),
  weekend: z.array(z.number().int().min(0).max(6)).max(6),
  transfers: z.array(z.strictObject({ workday: isoDate, dayOff: isoDate })).max(100),
  years: z
    .record(
      z.string().regex(/^\d{4}$/),
      z.strictObject({ kurbanAit: isoDate.nullable(), added: dates, removed: dates }),
    )
    .refine((years) => Object.keys(years).length <= 50),
  deskPrinters: z.record(id, deskPrinter).optional(),
});

export const caseInbound = {
  /** The cases the caller may see: still open, or all of the recent ones. */
  'case:list': z.strictObject({
    scope: z.enum(['open', 'all']).default('open'),
    /**
     * Only the cases registered from..to (office-zone dates), open or settled: the head's report links
     * its "in progress" visits here (fromVisit), for the whole office or one sector.
     */
    opened: z
      .strictObject({
        from: isoDate,
        to: isoDate,
        fromVisit: z.boolean().default(false),
        sectorId: id.nullable().default(null),
      })
      .optional(),
  }),
  'case:get': z.strictObject({ caseId: id }),
  /** "Accept an appeal" at the desk, without a ticket. */
  'case:open': z.strictObject({
    requestId,
    sectorId: id,
    serviceId: id.nullable().default(null),
    topic: text(300),
    lang: z.enum(LANGS),
    contact,
  }),
  'case:edit': onCase.extend({ topic: text(300), contact }),
  'case:note': onCase.extend({ text: text(1000) }),
  'case:hand-over': onCase.extend({ toSectorId: id, toUserId: id.nullable().default(null) }),
  'case:extend': onCase.extend({ reason: text(500), dueOn: isoDate.nullable().default(null) }),
  'case:redirect': onCase.extend({ body: text(200), note: optional(500) }),
  'case:answer': onCase.extend({ result: z.enum(CASE_RESULTS), text: text(2000) }),
  'case:reopen': onCase.extend({ reason: text(500) }),
  /** Prints the receipt at this desk's printer (or a kiosk's) and answers with it for the screen. */
  /** The head's report of the cases registered from `from` to `to` (office-zone dates, inclusive). */
  'case:report': z.strictObject({ from: isoDate, to: isoDate }),
  'case:settings': z.strictObject({}),
  'case:save-settings': z.strictObject({ settings: caseSettingsSchema }),
  /** The head's choice of receipt printer per desk; a desk left out prints none. */
  'case:save-desk-printers': z.strictObject({
    deskPrinters: z.record(id, deskPrinter).refine((m) => Object.keys(m).length <= 200),
  }),
  'case:print-receipt': z.strictObject({ caseId: id, deskId: id.nullable().default(null) }),
} as const;
