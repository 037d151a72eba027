/**
 * The feed epoch: one value per hub database, changed by every restore from a backup.
 *
 * Why: a restored hub has forgotten events it acknowledged after the backup, and its feed
 * numbers new events with seqs it already handed out once. Workstations cannot tell from a
 * cursor alone (by the time one asks, the new events may have passed its old cursor), so the
 * restore procedure starts a new epoch (hub/bin/mark-restored.ts) and a workstation that sees
 * another epoch reads the feed again from the start and checks what it delivered
 * (shared/sync/delivery-protocol.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';

export async function readFeedEpoch(db: Queryable): Promise<string> {
  const [row] = await db.query<{ epoch: string }>('SELECT epoch FROM hub_epoch');
  if (!row) throw new Error('hub_epoch has no row: the schema was not migrated');
  return row.epoch;
}

/** Starts a new epoch (after a restore); returns it. */
export async function startNewFeedEpoch(db: Queryable): Promise<string> {
  const epoch = randomUUID();
  await db.query('UPDATE hub_epoch SET epoch = $1, since = now()', [epoch]);
  return epoch;
}
