#!/usr/bin/env node
// Start-up: configuration -> adapters (disk, clock, logger) -> createApp -> listen. Nothing else.
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { applyStagedRestore } from './restore/apply-restore.js';
import { DEMO_PASSWORDS, demoSettings } from './settings/demo-office.js';
import { openSettings } from './settings/settings-store.js';
import { describeStartFailure } from './startup-error.js';
import type { StoredUser } from './settings/types.js';
import { verifyPassword } from './auth/passwords.js';
import { fileDayStore } from './storage/file-day-store.js';
import { fileCaseStorage } from './cases/case-storage.js';
import { forwardingCaseStorage } from './hub-link/forwarding-case-storage.js';
import { forwardingDayStore } from './hub-link/forwarding-store.js';
import { HubLinkControl } from './hub-link/link-control.js';
import { LinkSwitch } from './hub-link/link-switch.js';
import { lanAddress } from './printing/status-url.js';
import { loadOrCreateCert } from './tls/office-cert.js';

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

async function main(): Promise<void> {
  const config = loadConfig(process.argv.slice(2), process.env, process.cwd());
  const log = createLogger(config.logLevel);
  // A backup the head staged (POST /api/restore) replaces the data now, before anything reads it.
  await applyStagedRestore(config.dataDir, log);
  const settings = await openSettings(config.dataDir, { seed: demoSettings, log });
  const disk = await fileDayStore(config.dataDir, log, {
    acceptDamagedJournal: config.acceptDamagedJournal,
    config: () => settings.data.office,
  });
  // Started before the office opens its days, so it links each day's journal before anything is archived.
  // Always in place (off without a hub), so the link can be set or changed later without a restart.
  const hubLink = new LinkSwitch({ dataDir: config.dataDir, log });
  const hubLinkControl = new HubLinkControl(hubLink, config.dataDir, config.hubLink ?? null, log);
  await hubLinkControl.start();
  const store = forwardingDayStore(disk, hubLink);
  const tls = config.tls ? await loadOrCreateCert(config.dataDir, Date.now()) : null;
  // Ticket QR codes must name the scheme the server speaks; an office behind its own address sets it.
  if (tls && !process.env.KEZEK_PUBLIC_URL)
    process.env.KEZEK_PUBLIC_URL = `https://${lanAddress()}:${config.port}`;
  const app = await createApp({
    hubLink: () => hubLink.status(),
    hubLinkControl,
    caseStorage: forwardingCaseStorage(fileCaseStorage(config.dataDir, log), hubLink.cases),
    ...(tls ? { tls } : {}),
    ...(config.trustProxy ? { trustProxy: config.trustProxy } : {}),
    ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
    ...(config.addressRateLimit ? { addressRateLimit: config.addressRateLimit } : {}),
    ...(config.connectionCaps ? { connectionCaps: config.connectionCaps } : {}),
    settings,
    store,
    log,
    appsDir: config.appsDir,
    dataDir: config.dataDir,
    version,
  });
  const port = await app.listen(config.port, config.host);
  log.info(
    {
      port,
      dataDir: config.dataDir,
      day: app.office.queue.day,
      tls: tls !== null,
      hub: config.hubLink?.url ?? null,
    },
    'kezek server listening',
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // Every acknowledged change is already on disk: a shutdown that hangs must not block a restart.
    setTimeout(() => process.exit(0), 3000).unref();
    void app
      .close()
      .then(() => hubLink.stop())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  // After the signal handlers: the check is one scrypt, and a stop during it must still be clean.
  const demoPasswords = await stillDemoPasswords(settings.data.users);
  printWelcome(port, demoPasswords, tls?.fingerprint ?? null);
  if (demoPasswords)
    log.warn(
      { user: 'head' },
      'the demo passwords are still set: anyone on the network can sign in as the head',
    );
}

function printWelcome(port: number, demoLogins: boolean, fingerprint: string | null): void {
  const hosts = ['localhost', ...lanAddresses()];
  const scheme = fingerprint ? 'https' : 'http';
  const lines = ['', 'Kezek is running:'];
  // The public pages have no trailing slash: /open, /book.
  for (const app of ['kiosk', 'display', 'operator', 'open', 'book']) {
    const path = app === 'open' || app === 'book' ? `/${app}` : `/${app}/`;
    lines.push(`  ${app.padEnd(9)} ${hosts.map((h) => `${scheme}://${h}:${port}${path}`).join('   ')}`);
  }
  lines.push(`  health    ${scheme}://localhost:${port}/api/health`);
  // The shell asks for this at set-up, and pins the certificate to it.
  if (fingerprint) lines.push(`  TLS certificate SHA-256: ${fingerprint}`);
  if (demoLogins) {
    lines.push(`  demo logins: head / ${DEMO_PASSWORDS.head}; op1 … op8 / ${DEMO_PASSWORDS.operator}`);
    lines.push(
      '  WARNING: the demo passwords are weak and printed here on purpose. Before the office opens,',
    );
    lines.push("  give the head and every specialist their own password (head's setup -> Users).");
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

/** Whether the head still signs in with the demo password (one hash check, off the request path). */
async function stillDemoPasswords(users: readonly StoredUser[]): Promise<boolean> {
  const head = users.find((u) => u.username === 'head' && u.active);
  return head ? verifyPassword(DEMO_PASSWORDS.head, head.passwordHash) : false;
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address ?? '');
}

main().catch((err: unknown) => {
  // Refusing to start is the safe answer to a corrupt journal or settings file: say why and stop.
  process.stderr.write(`kezek: cannot start: ${describeStartFailure(err)}\n`);
  process.exit(1);
});
