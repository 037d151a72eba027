/**
 * The peer hub was restored from a backup and asks us to forward again what we sent it since
 * a moment (routes/forward-resend.ts). Our own windows' events of cross-province cases
 * received from then on go back into the forward queue under their feed seq, so they are
 * delivered again in commit order; the peer takes the ones it still has as duplicates.
 */
import type { Queryable } from '../db/database';

export async function requeueForwardsSince(db: Queryable, since: string): Promise<number> {
  const rows = await db.query<{ seq: string }>(
    `INSERT INTO forward_queue (seq, event_id, case_id)
     SELECT f.seq, f.event_id, f.case_id
       FROM feed f
       JOIN events e ON e.id = f.event_id
       JOIN case_routes c ON c.case_id = f.case_id
      WHERE e.origin = 'local' AND e.received_at >= $1::timestamptz
        AND c.receiving_province <> c.handling_province
     ON CONFLICT DO NOTHING
     RETURNING seq::text`,
    [since],
  );
  return rows.length;
}
