#!/usr/bin/env node
// The region hub's start-up: configuration -> database (migrated) -> createHub -> listen; or, with
// `add-office`, register an office and print its key once.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config.js';
import { createLogger } from '../logger.js';
import type { HubConfig } from './hub-config.js';
import { loadHubCommand } from './hub-config.js';
import { createHub } from './hub-app.js';
import type { Db } from './db.js';
import { openPostgres } from './db-pg.js';
import { DatabaseInUseError, openPglite } from './db-pglite.js';
import { migrate } from './migrations.js';
import { addOffice, OfficeExistsError } from './office-keys.js';
import { addViewer } from './viewers.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

async function openDb(config: HubConfig): Promise<Db> {
  const db =
    config.database.kind === 'postgres'
      ? await openPostgres(config.database.url, config.poolSize)
      : await openPglite(config.database.dir);
  await migrate(db);
  return db;
}

async function main(): Promise<void> {
  const cmd = loadHubCommand(process.argv.slice(2), process.env, process.cwd());
  const log = createLogger(cmd.config.logLevel);
  const db = await openDb(cmd.config);
  if (cmd.command === 'add-office' || cmd.command === 'add-viewer') {
    try {
      const [what, id, key] =
        cmd.command === 'add-office'
          ? ['office', cmd.office.id, await addOffice(db, cmd.office, Date.now())]
          : ['viewer', cmd.viewer.id, await addViewer(db, cmd.viewer, Date.now())];
      process.stdout.write(`${what} "${id}" registered. Its key (shown only now, keep it safe):\n${key}\n`);
    } finally {
      await db.close();
    }
    return;
  }
  const hub = await createHub({
    db,
    log,
    version,
    ingestLimit: cmd.config.ingestLimit,
    ...(cmd.config.database.kind === 'postgres' ? { broadcastDatabase: cmd.config.database.url } : {}),
  });
  const port = await hub.listen(cmd.config.port, cmd.config.host);
  log.info({ port, database: db.kind }, 'kezek hub listening');
  process.stdout.write(`\nKezek hub is running: http://localhost:${port}/api/health (${db.kind})\n\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // Every acknowledged batch is committed: a shutdown that hangs must not block a restart.
    setTimeout(() => process.exit(0), 3000).unref();
    void hub
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  const message =
    err instanceof ConfigError || err instanceof OfficeExistsError || err instanceof DatabaseInUseError
      ? err.message
      : String(err instanceof Error ? err.stack : err);
  process.stderr.write(`kezek hub: ${message}\n`);
  process.exit(1);
});
