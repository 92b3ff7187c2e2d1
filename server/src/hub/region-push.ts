// Live updates of the regional page: a viewer's page holds a Socket.IO connection and hears which
// offices changed, then reads the live picture again (region-live.ts) instead of polling it. Changes
// are gathered for a quarter of a second, so 500 offices' batches make a few broadcasts a second, not
// hundreds. With a real PostgreSQL server the broadcasts go through @socket.io/postgres-adapter
// (LISTEN/NOTIFY on the hub's own database), so a page connected to any hub process hears a batch that
// any other process stored. The embedded PGlite is one process: no adapter is needed or possible.
import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import { Server } from 'socket.io';
import type { Logger } from '../logger.js';
import type { Queryable } from './db.js';
import { viewerForKey } from './viewers.js';

/** The hub's only broadcast: these offices have new figures. */
export interface RegionServerEvents {
  'region:changed': (payload: { offices: string[] }) => void;
}

export const REGION_ROOM = 'region';
export const districtRoom = (district: string) => `district:${district}`;

const GATHER_MS = 250;

export interface RegionPush {
  /** An office's batch is committed: its row on every page that may see it is out of date. */
  officeStored(officeId: string): void;
  close(): Promise<void>;
}

export interface RegionPushOptions {
  /** A postgres:// URL: share broadcasts with every hub process on this database. */
  adapterDatabase?: string;
}

export function startRegionPush(
  http: HttpServer,
  db: Queryable,
  log: Logger,
  options: RegionPushOptions = {},
): RegionPush {
  const io = new Server<Record<string, never>, RegionServerEvents>(http, {
    // The page loads the client from here (/socket.io/socket.io.min.js): the hub has no build step.
    serveClient: true,
    maxHttpBufferSize: 4 * 1024,
  });
  // The adapter holds one connection for LISTEN and sends NOTIFY over the others.
  const pool = options.adapterDatabase
    ? new pg.Pool({ connectionString: options.adapterDatabase, max: 3 })
    : null;
  if (pool) {
    pool.on('error', (err) => log.warn({ err }, 'hub: broadcast connection lost'));
    // The adapter keeps one client checked out for LISTEN, with no error listener (a database restart
    // would throw its error out of the process) and never gives it back: each restart would leak a
    // slot of the pool until NOTIFY waits for one forever. Its LISTEN client is the one that hears
    // notifications; when it dies it goes back to the pool, which drops it. The adapter reconnects.
    const given = new WeakSet<pg.PoolClient>();
    const giveBack = (client: pg.PoolClient, err: Error) => {
      if (given.has(client) || client.listenerCount('notification') === 0) return;
      given.add(client);
      try {
        client.release(err);
      } catch {
        // Already given back (the adapter releases it itself when it closes).
      }
    };
    pool.on('connect', (client) => {
      client.on('error', (err) => {
        log.warn({ err }, 'hub: broadcast connection lost');
        giveBack(client, err);
      });
      client.on('end', () => giveBack(client, new Error('connection ended')));
    });
    io.adapter(createAdapter(pool, { errorHandler: (err) => log.warn({ err }, 'hub: broadcast failed') }));
  }
  io.use((socket, next) => {
    const auth: unknown = socket.handshake.auth;
    const key = typeof auth === 'object' && auth !== null ? (auth as { key?: unknown }).key : null;
    if (typeof key !== 'string' || key.length > 200) return next(new Error('unauthorized'));
    viewerForKey(db, key).then(
      (viewer) => {
        if (!viewer) return next(new Error('unauthorized'));
        void socket.join(viewer.district === null ? REGION_ROOM : districtRoom(viewer.district));
        next();
      },
      () => next(new Error('unavailable')),
    );
  });

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const flush = async () => {
    timer = null;
    const ids = [...pending];
    pending.clear();
    const rows = await db.query<{ id: string; district: string }>(
      'SELECT id, district FROM offices WHERE id = ANY($1::text[])',
      [ids],
    );
    io.to(REGION_ROOM).emit('region:changed', { offices: ids });
    const byDistrict = new Map<string, string[]>();
    for (const r of rows) byDistrict.set(r.district, [...(byDistrict.get(r.district) ?? []), r.id]);
    for (const [district, offices] of byDistrict)
      io.to(districtRoom(district)).emit('region:changed', { offices });
  };
  return {
    officeStored(officeId) {
      pending.add(officeId);
      timer ??= setTimeout(() => {
        flush().catch((err: unknown) => log.warn({ err }, 'hub: live update not sent'));
      }, GATHER_MS);
    },
    async close() {
      if (timer) clearTimeout(timer);
      await io.close();
      await pool?.end();
    },
  };
}
