// Payloads of bookings, on the socket (staff, kiosk) and on the public HTTP routes. Every string bounded;
// the public body is the same shape staff send, so one rule checks both.
import { z } from 'zod';
import { isoDaySchema } from './http-schemas.js';
import { CODE_LENGTH } from './bookings/codes.js';
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
const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const weekHours = z
  .array(z.tuple([minute, minute]).readonly().nullable())
  .length(7)
  .readonly();

/** A slot's start as an ISO instant with its offset or Z, as the slots list gives it. */
const instant = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not an instant');

/**
 * What a person types as a code, before normalisation (codes.ts): spaces, dashes, lower case, Cyrillic
 * look-alikes, a scanner's keyboard layout, or the booking page's address from a QR code.
 */
export const typedCodeSchema = z.string().min(CODE_LENGTH).max(200);

export const bookingRulesSchema = z.strictObject({
  enabled: z.boolean(),
  hours: weekHours.nullable(),
  slotMin: z.number().int().min(5).max(240),
  perSlot: z.number().int().min(1).max(100),
  aheadDays: z.number().int().min(0).max(90),
  leadMin: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
  perPerson: z.number().int().min(1).max(20),
  earlyMin: z.number().int().min(0).max(240),
  lateMin: z.number().int().min(0).max(120),
});

export const bookingSettingsSchema = z.strictObject({
  rules: z
    .record(
      z
        .string()
        .min(1)
        .max(130)
        .regex(/^[A-Za-z0-9_.:-]+(\/[A-Za-z0-9_.:-]+)?$/),
      bookingRulesSchema,
    )
    .refine((r) => Object.keys(r).length <= 500),
  /** Residents give their IIN as well (checked by its check digit); off by default. */
  iinEnabled: z.boolean().optional(),
});

/** The phone as a person writes it: +7 701 234 56 78, 8 (701) 234-56-78; 10 to 15 digits. */
const phone = z
  .string()
  .max(32)
  .transform((s) => s.trim())
  .pipe(z.string().regex(/^\+?[\d ()-]{10,31}$/))
  .refine((s) => {
    const digits = s.replace(/\D/g, '').length;
    return digits >= 10 && digits <= 15;
  }, 'not a phone number');

/** What a booking asks for, from the public page or from staff on the phone. */
export const bookingRequestSchema = z.strictObject({
  sectorId: id,
  serviceId: id.nullable().default(null),
  start: instant,
  name: z
    .string()
    .max(120)
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1)),
  phone,
  iin: z
    .string()
    .max(12)
    .nullable()
    .default(null)
    .transform((s) => (s && s.trim() ? s.trim() : null))
    .pipe(
      z
        .string()
        .regex(/^\d{12}$/)
        .nullable(),
    ),
  lang: z.enum(LANGS),
});
export type BookingRequest = z.output<typeof bookingRequestSchema>;

/** GET /api/book/slots?sector=&service=&day= */
export const slotsQuerySchema = z.strictObject({
  sector: id,
  service: id.optional(),
  day: isoDaySchema,
});

/** The code in an address (/api/book/:code): canonical or as typed, at most a little longer. */
export const codeParamsSchema = z.object({ code: z.string().min(1).max(40) });

export const bookingInbound = {
  /** A specialist or the head books a caller on the phone. */
  'booking:create': bookingRequestSchema.extend({ requestId }),
  'booking:cancel': z.strictObject({ requestId, code: typedCodeSchema }),
  /** A day's bookings (default today) of the caller's sectors; the head sees all sectors. */
  'booking:list': z.strictObject({ day: isoDaySchema.nullable().default(null) }),
  /** Free slots of one service on one day, for staff booking on the phone. */
  'booking:slots': z.strictObject({
    sectorId: id,
    serviceId: id.nullable().default(null),
    day: isoDaySchema,
  }),
  'booking:settings': z.strictObject({}),
  'booking:save-settings': z.strictObject({ settings: bookingSettingsSchema }),
  /** "I have a booking" at the kiosk: the code typed, or scanned by a USB barcode scanner. */
  'kiosk:check-in': z.strictObject({ requestId, code: typedCodeSchema, lang: z.enum(LANGS) }),
} as const;
