/**
 * Reads that page through a table in index order (`… ORDER BY seq LIMIT n` on an index
 * that ends in seq) must walk the index and stop at the limit. When a table grew faster than
 * autovacuum analyzes it (a backlog after a peer outage, a window draining thousands of
 * queued events, a hall's first busy hour) the planner expects a few dozen matching rows and
 * reads all of them through a bitmap and sorts them instead, so every page costs the whole
 * rest of the table (measured with 10k rows: 3.6 ms of a 200-row forward take, 2.5 ms of a
 * 500-row feed page, both growing with the table). Without bitmap scans the ordered walk is
 * the plan left, whatever the statistics say. The setting lasts until the transaction ends.
 */
import type { Database, Transaction } from './database';

export const INDEX_ORDER_SETTING = 'SET LOCAL enable_bitmapscan = off';

export function inIndexOrder<T>(db: Database, read: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(INDEX_ORDER_SETTING);
    return read(tx);
  });
}
