/**
 * The outbox towards the peer hub. Rows are keyed by the event's feed seq, so taking them in
 * seq order delivers each case's events in chain order. A case whose earliest pending event
 * is waiting (backoff) or was rejected holds back its later events: sending those first
 * would only earn a BROKEN_CHAIN / NOT_ACCEPTED rejection at the peer.
 */
import type { CaseEvent } from '../../shared/domain/case-events';
import type { Database, Queryable } from '../db/database';

export interface QueuedEvent {
  seq: string;
  attempts: number;
  event: CaseEvent;
}

export async function enqueueForward(tx: Queryable, seq: string, event: CaseEvent): Promise<void> {
  await tx.query('INSERT INTO forward_queue (seq, event_id, case_id) VALUES ($1::bigint, $2, $3)', [
    seq,
    event.id,
    event.caseId,
  ]);
}

/** Due items in seq order; `ignoreBackoff` treats every not-rejected item as due ("retry now"). */
export async function takeDueForwards(db: Queryable, limit: number, ignoreBackoff: boolean): Promise<QueuedEvent[]> {
  const rows = await db.query<{ seq: string; attempts: number; body: CaseEvent }>(
    `SELECT q.seq::text AS seq, q.attempts, e.body
     FROM forward_queue q JOIN events e ON e.id = q.event_id
     WHERE q.rejected_at IS NULL
       AND ($2::boolean OR q.next_attempt_at <= now())
       AND NOT EXISTS (
         SELECT 1 FROM forward_queue earlier
         WHERE earlier.case_id = q.case_id AND earlier.seq < q.seq
           AND (earlier.rejected_at IS NOT NULL OR NOT ($2::boolean OR earlier.next_attempt_at <= now())))
     ORDER BY q.seq
     LIMIT $1`,
    [limit, ignoreBackoff],
  );
  return rows.map((row) => ({ seq: row.seq, attempts: row.attempts, event: row.body }));
}

export async function removeForwards(db: Queryable, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await db.query('DELETE FROM forward_queue WHERE event_id IN (SELECT jsonb_array_elements_text($1::jsonb))', [
    JSON.stringify(eventIds),
  ]);
}

/** The peer refused the event: keep it, with the reason, for an operator; never retry it. */
export async function markForwardRejected(db: Queryable, eventId: string, reason: string): Promise<void> {
  await db.query(
    `UPDATE forward_queue SET attempts = attempts + 1, last_error = $2, rejected_at = now() WHERE event_id = $1`,
    [eventId, reason],
  );
}

/** Delivery failed (network, peer down, bad reply): try again after each item's backoff. */
export async function markForwardsFailed(
  db: Database,
  failures: readonly { eventId: string; delayMs: number }[],
  reason: string,
): Promise<void> {
  if (failures.length === 0) return;
  await db.transaction(async (tx) => {
    for (const { eventId, delayMs } of failures) {
      await tx.query(
        `UPDATE forward_queue
         SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + $3::double precision * interval '1 millisecond'
         WHERE event_id = $1`,
        [eventId, reason, delayMs],
      );
    }
  });
}

export interface ForwardQueueStats {
  pending: number;
  rejected: number;
}

export async function forwardQueueStats(db: Queryable): Promise<ForwardQueueStats> {
  const rows = await db.query<{ pending: string; rejected: string }>(
    `SELECT count(*) FILTER (WHERE rejected_at IS NULL)::text AS pending,
            count(*) FILTER (WHERE rejected_at IS NOT NULL)::text AS rejected
     FROM forward_queue`,
  );
  return { pending: Number(rows[0]?.pending ?? 0), rejected: Number(rows[0]?.rejected ?? 0) };
}
