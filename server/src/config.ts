// Configuration: command-line arguments win over the environment, which wins over defaults.
import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Folder holding kiosk/, display/ and operator/ builds (each with its dist/). */
  appsDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Command limit per device or user, `BURST/PER_SECOND`; unset keeps the default (40/20). */
  rateLimit?: { burst: number; perSecond: number };
  /**
   * Start over a damaged journal from its good prefix, keeping a copy of the original beside it. Only as
   * an argument, never from the environment: it is a one-time decision, not a setting a unit keeps.
   */
  acceptDamagedJournal: boolean;
  /** Command limit per source address, `BURST/PER_SECOND`; unset keeps the default (400/200). */
  addressRateLimit?: { burst: number; perSecond: number };
  /** Open connections per address on the network (default 32) and per loopback address (default 1024). */
  connectionCaps?: { remote: number; local: number };
  /** HTTPS with the office's own certificate (data folder tls/), for shells that pin it. */
  tls: boolean;
  /** Forwarding the journal to the region hub; unset (the default) keeps the office on its own. */
  hubLink?: { url: string; key: string };
  /**
   * Addresses of the reverse proxies whose `X-Forwarded-For` names the client (the published /book page);
   * unset, no header is believed and the peer is the client.
   */
  trustProxy?: string[];
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
const KNOWN_ARGS = [
  'port',
  'host',
  'data-dir',
  'apps-dir',
  'log-level',
  'rate-limit',
  'address-rate-limit',
  'max-connections-per-address',
  'max-local-connections',
  'tls',
  'hub-url',
  'hub-key',
  'trust-proxy',
];
/** Arguments that take no value. */
const FLAGS = ['accept-damaged-journal'];

export class ConfigError extends Error {}

export function loadConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): ServerConfig {
  const args = parseArgs(argv);
  const pick = (arg: string, envName: string, fallback: string): string =>
    args.get(arg) ?? env[envName] ?? fallback;

  const port = Number(pick('port', 'PORT', '8080'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`port must be an integer 0-65535, got "${pick('port', 'PORT', '8080')}"`);
  }
  const logLevel = pick('log-level', 'KEZEK_LOG_LEVEL', 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`log level must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const rateLimit = parseRateLimit(args.get('rate-limit') ?? env.KEZEK_RATE_LIMIT);
  const addressRateLimit = parseRateLimit(args.get('address-rate-limit') ?? env.KEZEK_ADDRESS_RATE_LIMIT);
  const remote = pick('max-connections-per-address', 'KEZEK_MAX_CONNECTIONS_PER_ADDRESS', '32');
  const local = pick('max-local-connections', 'KEZEK_MAX_LOCAL_CONNECTIONS', '1024');
  const tls = pick('tls', 'KEZEK_TLS', 'off');
  if (tls !== 'on' && tls !== 'off') throw new ConfigError(`tls must be on or off, got "${tls}"`);
  const hubLink = parseHubLink(
    args.get('hub-url') ?? env.KEZEK_HUB_URL,
    args.get('hub-key') ?? env.KEZEK_HUB_KEY,
  );
  const trustProxy = parseTrustProxy(args.get('trust-proxy') ?? env.KEZEK_TRUST_PROXY);
  return {
    tls: tls === 'on',
    ...(trustProxy ? { trustProxy } : {}),
    ...(rateLimit ? { rateLimit } : {}),
    ...(hubLink ? { hubLink } : {}),
    ...(addressRateLimit ? { addressRateLimit } : {}),
    connectionCaps: {
      remote: positive('max connections per address', remote),
      local: positive('max local connections', local),
    },
    port,
    host: pick('host', 'KEZEK_HOST', '0.0.0.0'),
    dataDir: resolve(cwd, pick('data-dir', 'KEZEK_DATA_DIR', './data')),
    appsDir: resolve(cwd, pick('apps-dir', 'KEZEK_APPS_DIR', '.')),
    logLevel: logLevel as ServerConfig['logLevel'],
    acceptDamagedJournal: args.has('accept-damaged-journal'),
  };
}

function parseRateLimit(value: string | undefined): ServerConfig['rateLimit'] {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) {
    throw new ConfigError(`rate limit must be BURST/PER_SECOND, e.g. 40/20, got "${value}"`);
  }
  return { burst: Number(m[1]), perSecond: Number(m[2]) };
}

/** IPv4 or IPv6 addresses, optionally with a /prefix: the proxies' own addresses, never a keyword. */
const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)(?:\/\d{1,3})?$/;

function parseTrustProxy(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const list = value.split(',').map((a) => a.trim());
  const bad = list.find((a) => !ADDRESS.test(a));
  if (bad !== undefined) {
    throw new ConfigError(
      `trust proxy must list the proxies' addresses (e.g. 10.0.0.5 or 10.0.0.0/24), got "${bad}"`,
    );
  }
  // Trusting loopback would make every local process a proxy, and the server's own machine must run none.
  const loop = list.find((a) => a.startsWith('127.') || a === '::1');
  if (loop !== undefined) {
    throw new ConfigError(
      `trust proxy may not name a loopback address ("${loop}"): the proxy runs on another machine (docs/deploy.md)`,
    );
  }
  return list;
}

function parseHubLink(url: string | undefined, key: string | undefined): ServerConfig['hubLink'] {
  if (!url && !key) return undefined;
  if (!url || !key) throw new ConfigError('the hub link needs both --hub-url and --hub-key');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`hub url must be an http(s) address, got "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`hub url must be an http(s) address, got "${url}"`);
  }
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(key)) throw new ConfigError('hub key is not a key the hub issued');
  return { url: parsed.toString(), key };
}

function positive(what: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError(`${what} must be a whole number above 0, got "${value}"`);
  return n;
}

/** `--name value`, `--name=value` and bare flags; anything else is an error, so a typo never passes silently. */
function parseArgs(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (m?.[1] && FLAGS.includes(m[1]) && m[2] === undefined) {
      out.set(m[1], 'true');
      continue;
    }
    if (!m?.[1] || !KNOWN_ARGS.includes(m[1])) throw new ConfigError(`unexpected argument "${arg}"`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new ConfigError(`--${m[1]} needs a value`);
    out.set(m[1], value);
  }
  return out;
}
