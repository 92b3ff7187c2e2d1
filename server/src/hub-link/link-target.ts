// Which hub, and which office on it, the acknowledgements in <data-dir>/hub-link/ were given by. When the
// head points the office at another hub (or another office id on it), what the old one acknowledged says
// nothing about the new one: the records are dropped, so the open day, the case journal and the
// documents are sent whole to the new hub. The same hub with a new key of the same office keeps them.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ensureDirDurable, readJsonFile, writeFileDurable } from '../storage/durable-file.js';
import { linkDir } from './link-state.js';

const Target = z.object({ url: z.string(), office: z.string() });
const ACK_FILES = ['acked.json', 'cases-acked.json', 'documents-acked.json'];

/** Before a link to `url` as `office` starts: forgets acknowledgements another hub gave. */
export async function adoptTarget(dataDir: string, url: string, office: string): Promise<boolean> {
  const path = join(linkDir(dataDir), 'target.json');
  const before = Target.safeParse(await readJsonFile(path).catch(() => null));
  const same = before.success && before.data.url === url && before.data.office === office;
  // No record (a data folder from before this file existed): its acknowledgements are this hub's.
  const changed = before.success && !same;
  if (changed) for (const f of ACK_FILES) await rm(join(linkDir(dataDir), f), { force: true });
  if (!same) {
    await ensureDirDurable(linkDir(dataDir));
    await writeFileDurable(path, JSON.stringify({ url, office }));
  }
  return changed;
}
