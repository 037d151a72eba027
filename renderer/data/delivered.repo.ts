/**
 * Events the hub acknowledged, kept DELIVERY_RETENTION_DAYS so they can be checked against a
 * hub restored from a backup (shared/sync/delivery-protocol.ts, sync/delivery-check.ts).
 * Recorded in the same transaction that takes them off the outbox, one record per push
 * batch: a drain of thousands of events writes a record per batch, not per event.
 */
import { DELIVERY_RETENTION_DAYS } from '../../shared/sync/delivery-protocol';
import { db } from './db';

const RETENTION_MS = DELIVERY_RETENTION_DAYS * 24 * 60 * 60_000;

/** Where a delivery check goes on: the record, and the place of the next id in it. */
export interface DeliveredCursor {
  recordId: number;
  index: number;
}

export const DELIVERED_START: DeliveredCursor = { recordId: 0, index: 0 };

export const deliveredRepo = {
  /** Runs inside the caller's transaction (which must include `deliveredBatches`). */
  async record(eventIds: readonly string[], ackedAt: number): Promise<void> {
    if (eventIds.length === 0) return;
    await db.deliveredBatches.add({ ackedAt, eventIds: [...eventIds] });
  },

  /**
   * Up to `limit` acknowledged event ids from `after` on, in the order they were recorded, and
   * where the next page starts (null when these were the last).
   */
  async page(after: DeliveredCursor, limit: number): Promise<{ eventIds: string[]; next: DeliveredCursor | null }> {
    const eventIds: string[] = [];
    let next: DeliveredCursor | null = null;
    await db.deliveredBatches
      .where('id')
      .aboveOrEqual(after.recordId)
      .until(() => next !== null)
      .each((record) => {
        const id = record.id ?? 0;
        const from = id === after.recordId ? after.index : 0;
        const room = limit - eventIds.length;
        eventIds.push(...record.eventIds.slice(from, from + room));
        if (from + room < record.eventIds.length) next = { recordId: id, index: from + room };
        else if (eventIds.length === limit) next = { recordId: id + 1, index: 0 };
      });
    return { eventIds, next };
  },

  /** The events a restored hub lacks: they are queued again, so they are no longer delivered. */
  async forget(eventIds: readonly string[]): Promise<void> {
    const lost = new Set(eventIds);
    // Rare (after a hub restore), so a pass over the retained records is fine.
    const touched = await db.deliveredBatches.filter((record) => record.eventIds.some((id) => lost.has(id))).toArray();
    const kept = touched.map((record) => ({ ...record, eventIds: record.eventIds.filter((id) => !lost.has(id)) }));
    await db.deliveredBatches.bulkPut(kept.filter((record) => record.eventIds.length > 0));
    await db.deliveredBatches.bulkDelete(kept.filter((record) => record.eventIds.length === 0).map((record) => record.id ?? 0));
  },

  /** Forgets records past retention: a restore that old is not one a workstation can help with. */
  async prune(now: number): Promise<void> {
    await db.deliveredBatches
      .where('ackedAt')
      .below(now - RETENTION_MS)
      .delete();
  },
};
