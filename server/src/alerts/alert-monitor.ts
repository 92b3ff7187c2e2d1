// Raises alerts to the head's screens (room role:head) as they happen: a visitor waiting past their
// norm, or a visit at a desk running past its service time norm (the service's, else the sector's; checked
// once a minute and after every change, once per ticket each) and a paired kiosk or
// display gone for more than a minute, and the day's journal failing to write (a full disk). Other areas
// raise theirs (printer problems) through `raise`.
import { normLookup, type Alert } from '@kezek/shared';
import type { KezekServer, KezekSocket } from '../handlers/context.js';
import type { Office } from '../office/office.js';
import { actorRoom, roleRoom } from '../rooms.js';

export const CHECK_EVERY_MS = 60_000;
/** After changes, one scan at most this often: at a busy centre's peak changes come hundreds a second. */
const AFTER_CHANGE_MS = 250;
export const OFFLINE_AFTER_MS = 60_000;
/** A full disk fails every command until it is freed: one alert per this long is enough. */
export const STORAGE_ALERT_EVERY_MS = 5 * 60_000;
const KEEP = 50;

export interface AlertMonitorDeps {
  io: KezekServer;
  office: Office;
  clock: () => number;
  newId: () => string;
  /** How long a device may be away before the head hears of it; tests shorten it. */
  offlineAfterMs?: number;
}

export class AlertMonitor {
  private recent: Alert[] = [];
  private overTarget = new Set<string>();
  private overService = new Set<string>();
  private offlineTimers = new Map<string, NodeJS.Timeout>();
  private timer: NodeJS.Timeout | null = null;
  private pending: NodeJS.Timeout | null = null;
  private lastStorageAlert = -Infinity;

  constructor(private readonly deps: AlertMonitorDeps) {}

  start(): void {
    this.deps.office.onCommitted(() => this.checkSoon());
    this.deps.office.onReset(() => {
      this.overTarget.clear();
      this.overService.clear();
      this.checkWaits();
    });
    this.deps.office.onStorageFailed((err) => this.storageFailed(err));
    this.timer = setInterval(() => this.checkWaits(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    for (const t of this.offlineTimers.values()) clearTimeout(t);
    this.offlineTimers.clear();
  }

  /** Newest first. */
  list(): Alert[] {
    return [...this.recent].reverse();
  }

  private storageFailed(err: unknown): void {
    const now = this.deps.clock();
    if (now - this.lastStorageAlert < STORAGE_ALERT_EVERY_MS) return;
    this.lastStorageAlert = now;
    // The cause's code (ENOSPC, EFBIG, EIO) is what whoever frees the disk needs; the message has paths.
    const cause = (err as { cause?: { code?: unknown } } | null)?.cause?.code;
    this.raise({
      kind: 'storage_failed',
      subjectId: 'journal',
      detail: typeof cause === 'string' ? cause : '',
    });
  }

  raise(alert: Omit<Alert, 'id' | 'at'>): Alert {
    const full: Alert = { id: this.deps.newId(), at: this.deps.clock(), ...alert };
    this.recent.push(full);
    if (this.recent.length > KEEP) this.recent.shift();
    this.deps.io.to(roleRoom('head')).emit('alert:raised', full);
    return full;
  }

  private checkSoon(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.checkWaits();
    }, AFTER_CHANGE_MS);
    this.pending.unref();
  }

  checkWaits(): void {
    const q = this.deps.office.queue;
    const now = this.deps.clock();
    const normFor = normLookup(q.config.sectors);
    for (const id of q.activeIds) {
      const t = q.tickets[id];
      if (!t) continue;
      const norm = normFor(t.sectorId, t.serviceId);
      if (t.status === 'waiting' && !this.overTarget.has(t.id)) {
        if (norm === undefined || now - t.queuedAt <= norm.waitMin * 60_000) continue;
        this.overTarget.add(t.id);
        const minutes = Math.floor((now - t.queuedAt) / 60_000);
        this.raise({ kind: 'wait_over_target', subjectId: t.sectorId, detail: `${t.number} · ${minutes}` });
      } else if (t.status === 'serving' && t.startedAt !== null && !this.overService.has(t.id)) {
        const limit = norm?.serviceMin;
        if (limit === null || limit === undefined || now - t.startedAt <= limit * 60_000) continue;
        this.overService.add(t.id);
        const minutes = Math.floor((now - t.startedAt) / 60_000);
        this.raise({
          kind: 'service_over_norm',
          subjectId: t.deskId ?? t.sectorId,
          detail: `${t.number} · ${minutes}`,
        });
      }
    }
  }

  /** Call for every socket: a kiosk or display that drops and stays away a minute raises an alert. */
  watch(socket: KezekSocket): void {
    socket.on('disconnect', () => {
      const actor = socket.data.actor;
      if (!actor || (actor.role !== 'kiosk' && actor.role !== 'display')) return;
      clearTimeout(this.offlineTimers.get(actor.id));
      const timer = setTimeout(() => {
        this.offlineTimers.delete(actor.id);
        if (this.isOnline(actor.id)) return;
        this.raise({ kind: 'device_offline', subjectId: actor.id, detail: actor.name });
      }, this.deps.offlineAfterMs ?? OFFLINE_AFTER_MS);
      timer.unref();
      this.offlineTimers.set(actor.id, timer);
    });
  }

  isOnline(actorId: string): boolean {
    return (this.deps.io.sockets.adapter.rooms.get(actorRoom(actorId))?.size ?? 0) > 0;
  }
}
