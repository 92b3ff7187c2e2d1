// The shape settings.json must have once migrated, checked at start: a file edited by hand (or by a
// broken tool) is refused with the field named, instead of failing later in a bare TypeError or, worse,
// being half-used. The office and content shapes are the ones the head's setup screens are held to.
// Unknown fields pass, so a newer server's additions survive a downgrade that reads them.
import { inbound } from '@kezek/shared';
import { z } from 'zod';
import { SettingsCorruptError } from './errors.js';
import type { Settings } from './types.js';

const officeConfig = inbound['admin:save-office'].shape.config;
const content = inbound['admin:save-content'].shape.content;

const storedUser = z.looseObject({
  id: z.string().min(1),
  username: z.string().min(1),
  name: z.string(),
  role: z.enum(['operator', 'head']),
  passwordHash: z.string(),
  deskIds: z.array(z.string()),
  active: z.boolean(),
});

const storedDevice = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['kiosk', 'display']),
  name: z.string(),
  tokenHash: z.string(),
  pairedAt: z.number(),
  revoked: z.boolean(),
  printer: z.looseObject({ url: z.string(), paperWidth: z.union([z.literal(58), z.literal(80)]) }).nullable(),
  scope: z.looseObject({ sectorIds: z.array(z.string()), deskIds: z.array(z.string()) }).nullable(),
});

const storedSession = z.looseObject({ tokenHash: z.string(), userId: z.string(), expiresAt: z.number() });

export const settingsSchema = z.looseObject({
  schemaVersion: z.number().int(),
  office: officeConfig,
  users: z.array(storedUser),
  devices: z.array(storedDevice),
  sessions: z.array(storedSession),
  autoPairLocal: z.boolean(),
  content,
});

/** Throws SettingsCorruptError naming up to three wrong fields; returns the document unchanged. */
export function checkSettings(file: string, settings: Settings): Settings {
  const result = settingsSchema.safeParse(settings);
  if (result.success) return settings;
  const problems = result.error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.map(String).join('.') || '(top level)';
    return `${where}: ${issue.message}`;
  });
  const more = result.error.issues.length > 3 ? ` and ${result.error.issues.length - 3} more` : '';
  throw new SettingsCorruptError(file, `has fields of the wrong shape (${problems.join('; ')}${more})`);
}
