#!/usr/bin/env node
// `npm run rebuild-office -- --hub-url … --data-dir …` (key in KEZEK_HUB_KEY or --key): rebuilds a
// replaced office PC's data folder from the region hub. The folder must be new or empty.
import { resolve } from 'node:path';
import { createLogger } from '../logger.js';
import { rebuildOffice } from './rebuild.js';

const USAGE =
  'usage: npm run rebuild-office -- --hub-url http://hub:8090 --data-dir /var/lib/kezek [--key KEY]\n' +
  '       (the office key may come from KEZEK_HUB_KEY instead; arguments show in the process list)\n';

function parse(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(hub-url|key|data-dir)(?:=(.*))?$/.exec(argv[i] ?? '');
    const value = m ? (m[2] ?? argv[++i]) : undefined;
    if (!m?.[1] || value === undefined) throw new Error(`unexpected argument "${argv[i] ?? ''}"`);
    out.set(m[1], value);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const hubUrl = args.get('hub-url') ?? process.env.KEZEK_HUB_URL;
  const key = args.get('key') ?? process.env.KEZEK_HUB_KEY;
  const dataDir = args.get('data-dir') ?? process.env.KEZEK_DATA_DIR;
  if (!hubUrl || !key || !dataDir)
    throw new Error('the hub url, the office key and the data folder are all needed');
  const log = createLogger('info');
  const result = await rebuildOffice({ hubUrl, key, dataDir: resolve(dataDir), log });
  const numbers = Object.entries(result.numbersFrom)
    .map(([sector, seq]) => `${sector} after ${seq}`)
    .join(', ');
  process.stdout.write(
    `rebuilt ${resolve(dataDir)}: ${result.days} days (${result.entries} journal entries), ` +
      `${result.cases} live cases and ${result.archivedCases} archived; ` +
      `today's numbering goes on ${numbers || 'from the start'}.\n` +
      'Start the office on this folder: it forwards to the same hub again (the link is in its set-up).\n',
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`kezek rebuild-office: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(1);
});
