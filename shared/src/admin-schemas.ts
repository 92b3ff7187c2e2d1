// Payloads of the head's setup commands: the office set-up as zod schemas. Shapes only; what
// the type system cannot say (unique letters, desks pointing at real sectors) is checkConfig's job.
import { z } from 'zod';
import { MAX_SEQ } from './queue/lookup.js';
import { LANGS, NO_DESK_POLICIES } from './queue/types.js';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/);
const text = (max: number) => z.string().trim().max(max);
export const namesSchema = z.strictObject({ kk: text(200), ru: text(200), en: text(200) });
const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
// Readonly like WeekHours itself, so a config read from the office can be sent back unchanged.
const span = z.tuple([minute, minute]).readonly();
const weekHours = z.array(span.nullable()).length(7).readonly();

export const sectorSchema = z.strictObject({
  id,
  letter: z.string().regex(/^[A-Z]$/),
  names: namesSchema,
  hints: namesSchema,
  services: z.array(z.strictObject({ id, names: namesSchema })).max(50),
  targetWaitMin: z.number().int().min(1).max(600),
  dailyLimit: z.number().int().min(1).max(MAX_SEQ).nullable(),
  priorityAllowed: z.boolean(),
  hours: weekHours.nullable(),
  enabled: z.boolean(),
  // Optional, so stored settings and older clients without them stay valid: no migration.
  whenNoDesk: z.enum(NO_DESK_POLICIES).optional(),
  helpCalls: z.boolean().optional(),
});

export const deskSchema = z.strictObject({
  id,
  number: z.number().int().min(1).max(999),
  sectorIds: z.array(id).max(50),
  sectorWeights: z.record(id, z.number().min(0.1).max(10)),
});

export const policySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('strict') }),
  z.strictObject({
    kind: z.literal('ratio'),
    priority: z.number().int().min(1).max(20),
    regular: z.number().int().min(1).max(20),
  }),
  z.strictObject({ kind: z.literal('weighted'), priorityBonusMin: z.number().int().min(0).max(240) }),
]);

export const officeConfigSchema = z.strictObject({
  officeName: namesSchema,
  timeZone: z.string().min(1).max(64),
  hours: weekHours,
  // Empty passes the shape so the handler can answer languages_empty rather than invalid_payload.
  languages: z.array(z.enum(LANGS)).max(3),
  sectors: z.array(sectorSchema).min(1).max(26),
  desks: z.array(deskSchema).max(200),
  policy: policySchema,
  transferKeepsArrival: z.boolean(),
  startOnCall: z.boolean(),
  noShowGraceSec: z.number().int().min(0).max(3600),
  // Optional, so stored settings without it stay valid: no migration.
  bookingPolicy: z
    .strictObject({
      maxBookedInRow: z.number().int().min(1).max(20),
      walkInNormMin: z.number().int().min(1).max(600).nullable(),
    })
    .optional(),
});

export const contentSchema = z.strictObject({
  ticketFooter: namesSchema,
  ticker: namesSchema,
  media: z.array(z.string().regex(/^[A-Za-z0-9_. -]{1,100}$/)).max(100),
  volume: z.number().min(0).max(1),
  quietHours: span.nullable(),
  kioskIdleSec: z.number().int().min(10).max(3600),
  voiceLanguages: z.number().int().min(1).max(3).optional(),
  openness: z.strictObject({ hallZone: z.boolean(), showNames: z.boolean() }).optional(),
});

export const userSchema = z.strictObject({
  /** null creates a new user. */
  id: id.nullable(),
  username: z.string().regex(/^[a-z0-9_.-]{2,32}$/),
  name: text(100).min(1),
  role: z.enum(['operator', 'head']),
  deskIds: z.array(id).max(200),
  active: z.boolean(),
  /** null keeps the password; required for a new user. */
  password: z.string().min(6).max(256).nullable(),
});

export const printerSchema = z.strictObject({
  // local: a printer attached to a kiosk running the Electron shell (docs/printing.md).
  url: z.string().regex(/^(?:(tcp|file|serial|spooler):\/\/.{1,200}|local:)$/),
  paperWidth: z.union([z.literal(58), z.literal(80)]),
});
const scope = z.strictObject({ sectorIds: z.array(id).max(50), deskIds: z.array(id).max(200) });

export const deviceUpdateSchema = z.strictObject({
  deviceId: id,
  name: text(64).min(1).optional(),
  revoked: z.literal(true).optional(),
  printer: printerSchema.nullable().optional(),
  scope: scope.nullable().optional(),
});
