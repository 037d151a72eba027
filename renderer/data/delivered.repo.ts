/**
 * Events the hub acknowledged, kept DELIVERY_RETENTION_DAYS so they can be checked against a
 * hub restored from a backup (shared/sync/delivery-protocol.ts, sync/delivery-check.ts).
 * Recorded in the same transaction that takes them off the outbox.
 */
import { DELIVERY_RETENTION_DAYS } from '../../shared/sync/delivery-protocol';
import { db } from './db';

const RETENTION_MS = DELIVERY_RETENTION_DAYS * 24 * 60 * 60_000;

export const deliveredRepo = {
  /** Runs inside the caller's transaction (which must include `delivered`). */
  async record(eventIds: readonly string[], ackedAt: number): Promise<void> {
    await db.delivered.bulkPut(eventIds.map((eventId) => ({ eventId, ackedAt })));
  },

  /**
   * Up to `limit` records after `after` in (ackedAt, eventId) order: the ackedAt index keeps
   * equal moments in eventId (primary key) order, so the filter only skips the ties already read.
   */
  page(after: { ackedAt: number; eventId: string }, limit: number) {
    return db.delivered
      .where('ackedAt')
      .aboveOrEqual(after.ackedAt)
      .filter((record) => record.ackedAt > after.ackedAt || record.eventId > after.eventId)
      .limit(limit)
      .toArray();
  },

  /** The events a restored hub lacks: they are queued again, so they are no longer delivered. */
  forget: (eventIds: readonly string[]) => db.delivered.bulkDelete([...eventIds]),

  /** Forgets records past retention: a restore that old is not one a workstation can help with. */
  async prune(now: number): Promise<void> {
    await db.delivered
      .where('ackedAt')
      .below(now - RETENTION_MS)
      .delete();
  },

  retentionStart: (now: number) => now - RETENTION_MS,
};
