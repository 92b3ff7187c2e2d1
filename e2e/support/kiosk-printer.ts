// Points the paired kiosk's printer at a virtual printer: the server is stopped, settings.json edited as
// an installer would, and the server started again on the same port (the kiosk page reconnects by itself).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type ServerProcess } from './server-process.js';

interface StoredKiosk {
  kind: string;
  revoked: boolean;
  printer: { url: string; paperWidth: 58 | 80 } | null;
}

export async function restartWithKioskPrinter(
  server: ServerProcess,
  url: string,
  paperWidth: 58 | 80,
): Promise<ServerProcess> {
  await server.stop();
  const file = join(server.dataDir, 'settings.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as { devices: StoredKiosk[] };
  const kiosks = settings.devices.filter((d) => d.kind === 'kiosk' && !d.revoked);
  if (kiosks.length === 0) throw new Error('no paired kiosk in settings.json');
  for (const k of kiosks) k.printer = { url, paperWidth };
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return startServer(server.dataDir, server.port);
}
