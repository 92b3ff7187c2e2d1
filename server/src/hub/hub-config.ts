// The hub's configuration: `[command] --name value …`, arguments over the environment over defaults,
// as the office server reads its own (config.ts). Without a database URL the hub keeps an embedded
// PostgreSQL (PGlite) in <data-dir>/hub-db, so the demo needs no server.
import { join, resolve } from 'node:path';
import { ConfigError } from '../config.js';

export interface HubConfig {
  port: number;
  host: string;
  dataDir: string;
  /** A postgres:// URL, or an embedded database in this folder. */
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Connections to a postgres:// database. */
  poolSize: number;
  /** Office batches stored at once; more are answered 503. Twice the pool unless set. */
  ingestLimit: number;
}

export type HubCommand =
  | { command: 'serve'; config: HubConfig }
  | { command: 'add-office'; config: HubConfig; office: { id: string; name: string; district: string } }
  | {
      command: 'add-viewer';
      config: HubConfig;
      /** Without a district: a regional viewer. */
      viewer: { id: string; name: string; district: string | null };
    };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
const COMMON = ['port', 'host', 'data-dir', 'database', 'log-level', 'pool-size', 'ingest-limit'];
const OFFICE = ['id', 'name', 'district'];

export function loadHubCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): HubCommand {
  const [first, ...rest] = argv;
  const command = first === undefined || first.startsWith('--') ? 'serve' : first;
  if (command !== 'serve' && command !== 'add-office' && command !== 'add-viewer') {
    throw new ConfigError(`unknown command "${command}" (serve, add-office, add-viewer)`);
  }
  const args = parseArgs(
    command === first ? rest : argv,
    command === 'serve' ? COMMON : [...COMMON, ...OFFICE],
  );
  const config = hubConfig(args, env, cwd);
  if (command === 'serve') return { command, config };
  const need = (name: string) => {
    const value = args.get(name)?.trim();
    if (!value) throw new ConfigError(`add-office needs --${name}`);
    return value;
  };
  if (command === 'add-viewer') {
    const district = args.get('district')?.trim() || null;
    return { command, config, viewer: { id: need('id'), name: need('name'), district } };
  }
  return { command, config, office: { id: need('id'), name: need('name'), district: need('district') } };
}

function hubConfig(
  args: Map<string, string>,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): HubConfig {
  const pick = (arg: string, envName: string, fallback: string): string =>
    args.get(arg) ?? env[envName] ?? fallback;
  const portText = pick('port', 'PORT', '8090');
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`port must be an integer 0-65535, got "${portText}"`);
  }
  const logLevel = pick('log-level', 'KEZEK_LOG_LEVEL', 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`log level must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const dataDir = resolve(cwd, pick('data-dir', 'KEZEK_DATA_DIR', './data'));
  const url = args.get('database') ?? env.KEZEK_HUB_DATABASE;
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError('database must be a postgres:// URL (leave it unset for the embedded database)');
  }
  const count = (arg: string, envName: string, fallback: number): number => {
    const text = args.get(arg) ?? env[envName];
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > 1000) {
      throw new ConfigError(`${arg} must be an integer 1-1000, got "${text}"`);
    }
    return n;
  };
  const poolSize = count('pool-size', 'KEZEK_HUB_POOL', 5);
  return {
    port,
    poolSize,
    ingestLimit: count('ingest-limit', 'KEZEK_HUB_INGEST_LIMIT', 2 * poolSize),
    host: pick('host', 'KEZEK_HOST', '0.0.0.0'),
    dataDir,
    database: url ? { kind: 'postgres', url } : { kind: 'pglite', dir: join(dataDir, 'hub-db') },
    logLevel: logLevel as HubConfig['logLevel'],
  };
}

function parseArgs(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m?.[1] || !known.includes(m[1])) throw new ConfigError(`unexpected argument "${arg}"`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new ConfigError(`--${m[1]} needs a value`);
    out.set(m[1], value);
  }
  return out;
}
