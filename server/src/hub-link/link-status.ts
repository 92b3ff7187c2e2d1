// What the head sees of the link to the region hub (also in the office's /api/health).
import type { LinkErrorCode } from './hub-client.js';

export interface HubLinkStatus {
  /** The hub's address, never the key. */
  hubUrl: string;
  /** delivering: sending or caught up; retrying: the last attempt failed and the next one waits. */
  state: 'delivering' | 'retrying';
  /** When the hub last acknowledged a batch (ms since the epoch), or null. */
  lastDeliveredAt: number | null;
  /** Durable journal entries the hub does not hold yet. */
  pending: number;
  lastError: LinkErrorCode | 'journal_unreadable' | null;
  lastErrorAt: number | null;
}
