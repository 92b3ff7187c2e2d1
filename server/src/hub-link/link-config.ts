// The hub address and office key the head set in the set-up screen, in <data-dir>/hub-link/config.json
// (readable by the server's user only). Not in settings.json: settings are forwarded to the hub and
// shown to the head's screens, and the key must reach neither.
import { chmod, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ensureDirDurable, fsyncDir, readJsonFile, writeFileDurable } from '../storage/durable-file.js';
import { linkDir } from './link-state.js';
import type { HubLinkTarget } from './link-switch.js';

/** What the office accepts as a hub address and an office key (the same rules as --hub-url/--hub-key). */
export const HubTarget = z.object({
  url: z
    .string()
    .max(300)
    .transform((s) => s.trim())
    .pipe(z.url({ protocol: /^https?$/ }))
    .transform((s) => new URL(s).toString()),
  key: z
    .string()
    .max(200)
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}\.[A-Za-z0-9_-]{20,}$/)),
});

const configPath = (dataDir: string) => join(linkDir(dataDir), 'config.json');

export async function loadLinkConfig(dataDir: string): Promise<HubLinkTarget | null> {
  const raw = await readJsonFile(configPath(dataDir)).catch(() => null);
  const parsed = HubTarget.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function saveLinkConfig(dataDir: string, target: HubLinkTarget): Promise<void> {
  await ensureDirDurable(linkDir(dataDir));
  await writeFileDurable(configPath(dataDir), JSON.stringify(target));
  await chmod(configPath(dataDir), 0o600).catch(() => undefined);
}

export async function clearLinkConfig(dataDir: string): Promise<void> {
  await rm(configPath(dataDir), { force: true });
  await fsyncDir(linkDir(dataDir)).catch(() => undefined);
}

/** What a screen may see of a key: the office id it names, never the secret. */
export const keyHint = (key: string): string => `${key.slice(0, Math.max(0, key.indexOf('.')))}.…`;
