/**
 * The outbox towards the peer hub. Rows are keyed by the event's feed seq, so taking them in
 * seq order delivers each case's events in causal order. Each row is in one state:
 *
 *   ready      due now; found through a partial index on seq
 *   waiting    the peer deferred it (lacks an event it follows) or did not answer for it:
 *              due again at next_attempt_at (partial index), at most a few at a time
 *   held       a later event of a case whose earlier event is waiting or in 异常: sending
 *              it first would only be refused, so it waits, costing nothing per tick
 *   exception  the 异常 list: the peer refused it, kept deferring it, or cannot take it;
 *              never retried by itself, an operator retries or resolves it
 *
 * A tick therefore reads only the rows it is about to send. Rows are held lazily: the take
 * notices a row whose case has an earlier row that is neither ready nor in this batch, and
 * parks it instead of sending it; releasing a case's held rows makes them ready again, and a
 * case still blocked is re-held on the next take.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { isoUtc, type Database, type Queryable } from '../db/database';
import { inIndexOrder } from '../db/index-order';

export type ForwardState = 'ready' | 'waiting' | 'held' | 'exception';
export type ForwardExceptionKind = 'rejected' | 'deferred' | 'undeliverable';

export interface QueuedEvent {
  seq: string;
  /** Deliveries of this row the peer answered without taking it (deferred, unanswered). */
  attempts: number;
  state: 'ready' | 'waiting';
  event: CaseEvent;
}

/**
 * The due rows, in seq order: $1 limit, $2 "retry now" (waiting rows count as due). Both
 * branches are range scans on partial indexes; `blocked` probes the case index for an
 * earlier row that is not about to be sent.
 */
export const TAKE_DUE_SQL = `
  WITH candidates AS (
    SELECT seq, case_id, event_id, attempts, state FROM (
      (SELECT seq, case_id, event_id, attempts, state FROM forward_queue
        WHERE state = 'ready' ORDER BY seq LIMIT $1)
      UNION ALL
      (SELECT seq, case_id, event_id, attempts, state FROM forward_queue
        WHERE state = 'waiting' AND ($2::boolean OR next_attempt_at <= now()) ORDER BY next_attempt_at LIMIT $1)
    ) due
    ORDER BY seq
    LIMIT $1
  )
  SELECT c.seq::text AS seq, c.attempts, c.state, e.body,
    EXISTS (
      SELECT 1 FROM forward_queue earlier
      WHERE earlier.case_id = c.case_id AND earlier.seq < c.seq AND earlier.state <> 'ready'
        AND NOT EXISTS (SELECT 1 FROM candidates other WHERE other.seq = earlier.seq)
    ) AS blocked
  FROM candidates c JOIN events e ON e.id = c.event_id
  ORDER BY c.seq`;

export interface DueForwards {
  items: QueuedEvent[];
  /** Rows found blocked behind an earlier row of their case and held instead of returned. */
  held: number;
}

/**
 * Due items in seq order; rows found blocked behind an earlier row are held on the way. An
 * ordered walk of the partial indexes whatever the statistics say (db/index-order.ts): a
 * backlog must not make every take read the whole queue.
 */
export async function takeDueForwards(db: Database, limit: number, retryWaitingNow: boolean): Promise<DueForwards> {
  return inIndexOrder(db, async (tx) => {
    const rows = await tx.query<{ seq: string; attempts: number; state: 'ready' | 'waiting'; body: CaseEvent; blocked: boolean }>(
      TAKE_DUE_SQL,
      [limit, retryWaitingNow],
    );
    const blocked = rows.filter((row) => row.blocked).map((row) => row.seq);
    if (blocked.length > 0) await holdForwards(tx, blocked);
    const items = rows
      .filter((row) => !row.blocked)
      .map((row) => ({ seq: row.seq, attempts: row.attempts, state: row.state, event: row.body }));
    return { items, held: blocked.length };
  });
}

async function holdForwards(db: Queryable, seqs: readonly string[]): Promise<void> {
  await db.query(`UPDATE forward_queue SET state = 'held' WHERE seq IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)`, [
    JSON.stringify(seqs),
  ]);
}

/** What one delivery round decided for its rows; applied in one transaction. */
export interface ForwardOutcome {
  /** Taken by the peer (applied or duplicate): leave the queue. */
  delivered: string[];
  /** Behind an earlier row of their case that did not go through: park them. */
  held: string[];
  /** Try again after `delayMs`. */
  waiting: { seq: string; delayMs: number; reason: string }[];
  /** Into the 异常 list. */
  exceptions: { seq: string; kind: ForwardExceptionKind; reason: string }[];
  /** Cases whose held rows may go now (their blocking row was delivered). */
  releaseCases: string[];
}

export function emptyOutcome(): ForwardOutcome {
  return { delivered: [], held: [], waiting: [], exceptions: [], releaseCases: [] };
}

export async function recordForwardOutcome(db: Database, outcome: ForwardOutcome): Promise<void> {
  const { delivered, held, waiting, exceptions, releaseCases } = outcome;
  if (delivered.length + held.length + waiting.length + exceptions.length + releaseCases.length === 0) return;
  await db.transaction(async (tx) => {
    if (delivered.length > 0) {
      await tx.query('DELETE FROM forward_queue WHERE seq IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)', [
        JSON.stringify(delivered),
      ]);
    }
    if (held.length > 0) await holdForwards(tx, held);
    if (waiting.length > 0) {
      await tx.query(
        `UPDATE forward_queue q
         SET state = 'waiting', attempts = q.attempts + 1, last_error = w.reason,
             next_attempt_at = now() + w."delayMs" * interval '1 millisecond'
         FROM jsonb_to_recordset($1::jsonb) AS w(seq bigint, "delayMs" double precision, reason text)
         WHERE q.seq = w.seq`,
        [JSON.stringify(waiting)],
      );
    }
    if (exceptions.length > 0) {
      await tx.query(
        `UPDATE forward_queue q
         SET state = 'exception', attempts = q.attempts + 1, last_error = x.reason, exception_kind = x.kind, exception_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS x(seq bigint, kind text, reason text)
         WHERE q.seq = x.seq`,
        [JSON.stringify(exceptions)],
      );
    }
    if (releaseCases.length > 0) await releaseHeld(tx, releaseCases);
  });
}

/** Held rows of these cases become ready; the next take re-holds any still blocked. */
export async function releaseHeld(tx: Queryable, caseIds: readonly string[]): Promise<void> {
  await tx.query(
    `UPDATE forward_queue SET state = 'ready'
     WHERE state = 'held' AND case_id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify([...new Set(caseIds)])],
  );
}

export interface ForwardQueueCounts {
  ready: number;
  waiting: number;
  held: number;
  exception: number;
  /** When the oldest row still to deliver (not in 异常) reached this hub, if any. */
  oldestPendingSince: string | undefined;
}

/** Counts by state: an operator's view, not a per-tick query. */
export async function forwardQueueCounts(db: Queryable): Promise<ForwardQueueCounts> {
  const [counts] = await db.query<Record<ForwardState, string>>(
    `SELECT count(*) FILTER (WHERE state = 'ready')::text AS ready,
            count(*) FILTER (WHERE state = 'waiting')::text AS waiting,
            count(*) FILTER (WHERE state = 'held')::text AS held,
            count(*) FILTER (WHERE state = 'exception')::text AS exception
     FROM forward_queue`,
  );
  const [oldest] = await db.query<{ since: string }>(
    `SELECT ${isoUtc('e.received_at')} AS since
     FROM (SELECT event_id FROM forward_queue WHERE state <> 'exception' ORDER BY seq LIMIT 1) q
     JOIN events e ON e.id = q.event_id`,
  );
  return {
    ready: Number(counts?.ready ?? 0),
    waiting: Number(counts?.waiting ?? 0),
    held: Number(counts?.held ?? 0),
    exception: Number(counts?.exception ?? 0),
    oldestPendingSince: oldest?.since,
  };
}
