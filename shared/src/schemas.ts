// Every inbound payload, one schema each. Objects are strict (unknown keys are refused) and every
// string is bounded, so a hostile client cannot grow the server's memory through a payload.
import { z } from 'zod';
import { LANGS, OUTCOMES, PAUSE_REASONS, PRIORITY_KINDS } from './queue/types.js';
import { bookingInbound } from './booking-schemas.js';
import { caseInbound } from './case-schemas.js';
import { contentSchema, deviceUpdateSchema, officeConfigSchema, userSchema } from './admin-schemas.js';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/);
/** Chosen by the client once per user action and reused on retry, so a retry is never a second action. */
const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const note = z.string().max(500).nullable().default(null);
const ticketNumber = z
  .string()
  .min(2)
  .max(8)
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]\d{1,4}$/));

const deskCommand = z.strictObject({ requestId, deskId: id });

export const inbound = {
  'auth:login': z.strictObject({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(256),
  }),
  'auth:logout': z.strictObject({}),
  'device:request-pairing': z.strictObject({
    kind: z.enum(['kiosk', 'display']),
    name: z.string().min(1).max(64),
  }),
  'device:approve': z.strictObject({ code: z.string().regex(/^\d{6}$/) }),
  'office:snapshot': z.strictObject({}),
  'ticket:issue': z.strictObject({
    requestId,
    sectorId: id,
    serviceId: id.nullable().default(null),
    priority: z.enum(PRIORITY_KINDS).nullable().default(null),
    lang: z.enum(LANGS),
  }),
  'ticket:cancel': z.strictObject({ requestId, ticketId: id }),
  'desk:open': deskCommand,
  'desk:close': deskCommand,
  'desk:call-next': deskCommand,
  'desk:call-ticket': deskCommand.extend({ number: ticketNumber }),
  'desk:recall': deskCommand,
  'desk:start': deskCommand,
  'desk:finish': deskCommand.extend({
    outcome: z.enum(OUTCOMES),
    note,
    callNext: z.boolean().default(false),
  }),
  'desk:no-show': deskCommand,
  'desk:return': deskCommand,
  'desk:transfer': deskCommand.extend({
    toSectorId: id,
    toDeskId: id.nullable().default(null),
    note,
  }),
  'desk:pause': deskCommand.extend({ reason: z.enum(PAUSE_REASONS) }),
  'desk:resume': deskCommand,
  'day:close': z.strictObject({ requestId }),
  // ── kiosk & printing ──
  /** Prints a sample ticket on a kiosk's printer (admin screen, installers). */
  'printer:test': z.strictObject({ deviceId: id, lang: z.enum(LANGS).default('kk') }),
  /** A visitor at the kiosk pressed "I need help": a specialist should come to the kiosk. */
  'kiosk:help': z.strictObject({ requestId }),
  // ── operator desk ──
  'desk:my-day': z.strictObject({}),
  // ── office head ──
  /** Everything the setup screens edit, in one answer. */
  'admin:get': z.strictObject({}),
  /** The whole office set-up at once (sectors, desks, policy, hours, zone); the open day follows it. */
  'admin:save-office': z.strictObject({ requestId, config: officeConfigSchema }),
  'admin:save-content': z.strictObject({ content: contentSchema }),
  'admin:save-user': userSchema,
  'admin:device-update': deviceUpdateSchema,
  'admin:audit': z.strictObject({ limit: z.number().int().min(1).max(1000).default(200) }),
  /** Alerts raised since the server started, newest first (the live hall on (re)connect). */
  'admin:alerts': z.strictObject({}),
  // ── follow-up cases ──
  ...caseInbound,
  // ── bookings ──
  ...bookingInbound,
} as const;

export type InboundEvent = keyof typeof inbound;
/** What a client sends (defaults may be omitted). */
export type PayloadIn<E extends InboundEvent> = z.input<(typeof inbound)[E]>;
/** What a handler receives after validation. */
export type Payload<E extends InboundEvent> = z.output<(typeof inbound)[E]>;
