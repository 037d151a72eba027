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
import { isoUtc, type Queryable } from '../db/database';

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

/**
 * After a restore the peer hub still believes it delivered everything it forwarded, but this
 * database lost what arrived after the backup. mark-restored therefore records a moment
 * shortly before the newest peer event the backup holds (an hour earlier, for clock skew and
 * deliveries in flight), and the forwarder asks the peer to send again from then on.
 */
export async function requestPeerResend(db: Queryable): Promise<string> {
  const [row] = await db.query<{ since: string }>(
    `UPDATE hub_epoch SET peer_resend_since =
       COALESCE((SELECT max(received_at) FROM events WHERE origin = 'peer') - interval '1 hour', 'epoch'::timestamptz)
     RETURNING ${isoUtc('peer_resend_since')} AS since`,
  );
  return row?.since ?? '';
}

/** The moment to ask the peer to resend from, if a restore asked for it and it is not done. */
export async function pendingPeerResend(db: Queryable): Promise<string | null> {
  const [row] = await db.query<{ since: string | null }>(`SELECT ${isoUtc('peer_resend_since')} AS since FROM hub_epoch`);
  return row?.since ?? null;
}

/** The peer took the request: done, unless a newer restore asked again meanwhile. */
export async function peerResendDone(db: Queryable, since: string): Promise<void> {
  await db.query(`UPDATE hub_epoch SET peer_resend_since = NULL WHERE ${isoUtc('peer_resend_since')} = $1`, [since]);
}
