// What the hub has acknowledged, per business day, kept in <data-dir>/hub-link/acked.json. Written
// durably after each acknowledged batch; if a crash loses the last write, the office sends those
// entries again and the hub, which keys them by office, day and seq, stores nothing twice.
import { join } from 'node:path';
import { z } from 'zod';
import { ensureDirDurable, readJsonFile, writeFileDurable } from '../storage/durable-file.js';

const LinkState = z.object({
  schemaVersion: z.literal(1),
  /** day -> the last seq the hub holds without a gap. */
  acked: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.number().int().min(0)),
  lastDeliveredAt: z.number().nullable(),
});
export type LinkState = z.infer<typeof LinkState>;

export const linkDir = (dataDir: string) => join(dataDir, 'hub-link');
const statePath = (dataDir: string) => join(linkDir(dataDir), 'acked.json');

export async function loadLinkState(dataDir: string): Promise<LinkState> {
  const raw = await readJsonFile(statePath(dataDir));
  if (raw === null) return { schemaVersion: 1, acked: {}, lastDeliveredAt: null };
  const parsed = LinkState.safeParse(raw);
  // A damaged file costs only a resend: the hub ignores what it already holds.
  return parsed.success ? parsed.data : { schemaVersion: 1, acked: {}, lastDeliveredAt: null };
}

export async function saveLinkState(dataDir: string, state: LinkState): Promise<void> {
  await ensureDirDurable(linkDir(dataDir));
  await writeFileDurable(statePath(dataDir), JSON.stringify(state));
}
