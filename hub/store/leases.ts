/**
 * Named leases in the database, so that of several hub instances sharing one PostgreSQL
 * exactly one runs a given singleton job (forwarding events, forwarding scans) at a time.
 * The holder renews before every batch; an instance that dies stops renewing and another
 * takes over once the lease expires. A holder paused for longer than the lease (a stopped
 * VM) may find its last batch sent again by the next holder: the peer answers those events
 * `duplicate` and nothing changes, so the lease's job is to avoid waste and reordering, not
 * to be the only guard.
 *
 * On PGlite (one process, one connection) the lease is always this instance's.
 */
import type { Queryable } from '../db/database';

export interface Lease {
  /** Takes or renews the lease; false while another live instance holds it. */
  hold(): Promise<boolean>;
  /** Gives the lease up at once (on shutdown) so another instance need not wait for expiry. */
  release(): Promise<void>;
}

/** Longer than a forwarding request may take (10 s), so a live holder always renews in time. */
export const DEFAULT_LEASE_MS = 15_000;

/** `holder` names the hub instance (a fresh id at every start, see start-hub.ts). */
export function createLease(db: Queryable, name: string, holder: string, ttlMs = DEFAULT_LEASE_MS): Lease {
  return {
    async hold() {
      const rows = await db.query(
        `INSERT INTO hub_leases (name, holder, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
         ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
         WHERE hub_leases.holder = EXCLUDED.holder OR hub_leases.expires_at < now()
         RETURNING holder`,
        [name, holder, ttlMs],
      );
      return rows.length === 1;
    },
    async release() {
      await db.query('DELETE FROM hub_leases WHERE name = $1 AND holder = $2', [name, holder]);
    },
  };
}
