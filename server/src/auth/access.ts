// Who is on the other end of a socket: staff log in with a password, kiosks and displays are devices
// paired once by a code the head confirms. Both end up holding a token; the server keeps its hash.
import { randomInt, randomUUID } from 'node:crypto';
import { fail, ok, type DevicePaired, type Result, type SessionUser } from '@kezek/shared';
import type { StoredDevice, StoredUser } from '../settings/types.js';
import { HashQueue, HashQueueFull } from './hash-queue.js';
import { ADDRESS_POLICY, LoginThrottle, USER_POLICY } from './login-throttle.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { SettingsPort } from './settings-port.js';
import { hashToken, newToken } from './tokens.js';

/** A working day and some; a specialist is never logged out in the middle of a shift. */
const SESSION_MS = 16 * 60 * 60 * 1000;
const PAIRING_MS = 10 * 60 * 1000;
/** Codes one address may have waiting: a flood from one address pushes out only its own oldest code. */
const PENDING_PER_ADDRESS = 5;
/** Past this many codes from all addresses, new requests are refused, never another address's code evicted. */
const MAX_PENDING_PAIRINGS = 1000;

interface PendingPairing {
  kind: DevicePaired['kind'];
  name: string;
  expiresAt: number;
  address: string;
  autoApproved: boolean;
  deliver: (paired: DevicePaired) => void;
}

export type Resolved = { actor: SessionUser } | { expired: true };

export class Access {
  private pending = new Map<string, PendingPairing>();
  private readonly hashes = new HashQueue();
  private readonly throttle = new LoginThrottle({ user: USER_POLICY, address: ADDRESS_POLICY });

  constructor(
    private readonly settings: SettingsPort,
    private readonly clock: () => number,
  ) {}

  /** `address` is where the attempt came from: failures slow down both the name and the address. */
  async login(
    username: string,
    password: string,
    address: string,
  ): Promise<Result<{ token: string; user: SessionUser }>> {
    if (this.throttle.waitMs(username, address, this.clock()) > 0) return fail('rate_limited');
    const user = this.settings.data.users.find((u) => u.username === username && u.active);
    // Verify against a dummy hash for unknown users too, so timing does not reveal who exists.
    const verified = await this.hash(() => verifyPassword(password, user?.passwordHash ?? DUMMY_HASH));
    if (verified === null) return fail('rate_limited');
    if (!user || !verified) {
      this.throttle.failed(username, address, this.clock());
      return fail('bad_credentials');
    }
    this.throttle.succeeded(username);
    const token = newToken();
    const now = this.clock();
    await this.settings.update((s) => {
      s.sessions = s.sessions.filter((x) => x.expiresAt > now);
      s.sessions.push({ tokenHash: hashToken(token), userId: user.id, expiresAt: now + SESSION_MS });
    });
    return ok({ token, user: staffActor(user) });
  }

  /** A new password's hash, through the same one-at-a-time queue as logins; null when the queue is full. */
  hashPassword(password: string): Promise<string | null> {
    return this.hash(() => hashPassword(password));
  }

  private async hash<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      return await this.hashes.run(work);
    } catch (err) {
      if (err instanceof HashQueueFull) return null;
      throw err;
    }
  }

  async logout(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.settings.update((s) => {
      s.sessions = s.sessions.filter((x) => x.tokenHash !== tokenHash);
    });
  }

  /** The actor behind a handshake token, or `expired` for a token that no longer opens anything. */
  resolve(token: string): Resolved {
    const tokenHash = hashToken(token);
    const data = this.settings.data;
    const session = data.sessions.find((x) => x.tokenHash === tokenHash);
    if (session) {
      const user = data.users.find((u) => u.id === session.userId && u.active);
      if (!user || session.expiresAt <= this.clock()) return { expired: true };
      return { actor: staffActor(user) };
    }
    const device = data.devices.find((d) => d.tokenHash === tokenHash);
    if (!device || device.revoked) return { expired: true };
    return { actor: deviceActor(device) };
  }

  /**
   * Shows a code on the device; `deliver` hands it its token once the head confirms the code. Null when
   * every slot holds a live code of other addresses (the caller answers rate_limited). A code about to
   * be approved by the server itself (`autoApproved`, the demo's own machine) is never pushed out by its
   * address's later requests: several screens on that machine starting at once must all pair.
   */
  requestPairing(
    kind: PendingPairing['kind'],
    name: string,
    address: string,
    deliver: PendingPairing['deliver'],
    autoApproved = false,
  ): string | null {
    const now = this.clock();
    for (const [code, p] of this.pending) if (p.expiresAt <= now) this.pending.delete(code);
    const own = [...this.pending]
      .filter(([, p]) => p.address === address && !p.autoApproved)
      .map(([code]) => code);
    for (const code of own.slice(0, Math.max(0, own.length - PENDING_PER_ADDRESS + 1))) {
      this.pending.delete(code);
    }
    if (this.pending.size >= MAX_PENDING_PAIRINGS) return null;
    let code: string;
    do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    while (this.pending.has(code));
    this.pending.set(code, { kind, name, address, autoApproved, expiresAt: now + PAIRING_MS, deliver });
    return code;
  }

  async approve(code: string): Promise<Result<{ deviceId: string }>> {
    const p = this.pending.get(code);
    if (!p || p.expiresAt <= this.clock()) return fail('pairing_unknown');
    this.pending.delete(code);
    const paired = await this.pair(p.kind, p.name);
    p.deliver(paired);
    return ok({ deviceId: paired.deviceId });
  }

  async pair(kind: DevicePaired['kind'], name: string): Promise<DevicePaired> {
    const token = newToken();
    const device: StoredDevice = {
      id: `dev-${randomUUID()}`,
      kind,
      name,
      tokenHash: hashToken(token),
      pairedAt: this.clock(),
      revoked: false,
      printer: null,
      scope: null,
    };
    await this.settings.update((s) => void s.devices.push(device));
    return { deviceId: device.id, token, kind };
  }
}

export function staffActor(user: StoredUser): SessionUser {
  return { id: user.id, username: user.username, name: user.name, role: user.role, deskIds: user.deskIds };
}

function deviceActor(device: StoredDevice): SessionUser {
  return { id: device.id, username: device.id, name: device.name, role: device.kind, deskIds: [] };
}

const DUMMY_HASH = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
