// The one-command demo: the hub on its embedded database (PGlite in <data-dir>/hub-db), an office
// forwarding to it, and the embedded files guarded against a second process.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addOfficeCli, startHub, type HubProcess } from './support/hub-process.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

const hubDir = tempDataDir('kezek-hub-embedded-');
let hub: HubProcess;
let office: ServerProcess;

beforeAll(async () => {
  const key = await addOfficeCli(
    { dataDir: hubDir },
    { id: 'saryarka', name: 'Сарыарқа', district: 'astana' },
  );
  hub = await startHub({ dataDir: hubDir });
  office = await startServer(tempDataDir(), undefined, {
    env: { KEZEK_HUB_URL: hub.url, KEZEK_HUB_KEY: key },
  });
}, 180_000);

afterAll(async () => {
  await office?.stop();
  await hub?.stop();
});

it('an office forwards to the hub on its embedded database', async () => {
  const health = await (await fetch(`${hub.url}/api/health`)).json();
  expect(health).toMatchObject({ status: 'ok', database: 'pglite', offices: 1 });
  const driver = new OfficeDriver(office.url);
  for (let i = 0; i < 3; i++) await driver.issue('legal', 'kk');
  driver.close();
  const end = Date.now() + 20_000;
  interface Link {
    pending: number;
    lastDeliveredAt: number | null;
  }
  let link: Link | null = null as Link | null;
  while (Date.now() < end) {
    link = ((await (await fetch(`${office.url}/api/health`)).json()) as { hubLink: Link | null }).hubLink;
    if (link?.pending === 0 && link.lastDeliveredAt !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(link).toMatchObject({ pending: 0, lastDeliveredAt: expect.any(Number) });
});

it('refuses a second process on the same embedded database, naming the one that holds it', async () => {
  await expect(
    addOfficeCli({ dataDir: hubDir }, { id: 'esil', name: 'Есіл', district: 'astana' }),
  ).rejects.toThrow(new RegExp(`in use by process ${hub.child.pid}`));
});
