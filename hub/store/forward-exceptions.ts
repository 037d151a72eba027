/**
 * The operator's side of the forward queue: the 异常 list (rows in state `exception`), and
 * the two things an operator can do with an item, each recorded in
 * forward_exception_actions with who, when and why:
 *
 * - retry: the row goes back to `ready` (attempts reset) and its case's held rows with it;
 * - resolve: the row leaves the queue (the event stays in this hub's log and feed; it is
 *   just not forwarded), and its case's held rows become ready.
 */
import type {
  ForwardException,
  ForwardExceptionActionRequest,
  ForwardExceptionActionResult,
  ForwardExceptionActions,
  ForwardExceptionsPage,
} from '../../shared/sync/forward-admin-protocol';
import { isoUtc, type Database, type Queryable } from '../db/database';
import { releaseHeld, type ForwardExceptionKind } from './forward-queue';

interface ExceptionRow {
  seq: string;
  event_id: string;
  case_id: string;
  case_number: string | null;
  event_type: string;
  kind: ForwardExceptionKind;
  reason: string | null;
  since: string;
  attempts: number;
  held_behind: string;
}

export async function listForwardExceptions(db: Queryable, cursor: string, limit: number): Promise<ForwardExceptionsPage> {
  const rows = await db.query<ExceptionRow>(
    `SELECT q.seq::text AS seq, q.event_id, q.case_id, r.state->>'caseNumber' AS case_number, e.type AS event_type,
            q.exception_kind AS kind, q.last_error AS reason, ${isoUtc('q.exception_at')} AS since, q.attempts,
            (SELECT count(*) FROM forward_queue h WHERE h.case_id = q.case_id AND h.seq > q.seq AND h.state = 'held')::text AS held_behind
     FROM forward_queue q
     JOIN events e ON e.id = q.event_id
     LEFT JOIN case_routes r ON r.case_id = q.case_id
     WHERE q.state = 'exception' AND q.seq > $1::bigint
     ORDER BY q.seq
     LIMIT $2`,
    [cursor, limit + 1],
  );
  const exceptions = rows.slice(0, limit).map((row): ForwardException => ({
    seq: row.seq,
    eventId: row.event_id,
    caseId: row.case_id,
    ...(row.case_number === null ? {} : { caseNumber: row.case_number }),
    eventType: row.event_type,
    kind: row.kind,
    reason: row.reason ?? '',
    since: row.since,
    attempts: row.attempts,
    heldBehind: Number(row.held_behind),
  }));
  return { exceptions, nextCursor: exceptions.at(-1)?.seq ?? cursor, hasMore: rows.length > limit };
}

export type ExceptionAction = 'retry' | 'resolve';

/** Retries or resolves each listed item that is in the 异常 list, all in one transaction. */
export async function actOnForwardExceptions(
  db: Database,
  action: ExceptionAction,
  request: ForwardExceptionActionRequest,
): Promise<ForwardExceptionActionResult> {
  const eventIds = [...new Set(request.eventIds)];
  return db.transaction(async (tx) => {
    // Lock the rows: a forwarder or a second operator acting at the same time waits.
    const found = await tx.query<{ event_id: string; case_id: string; kind: string; reason: string | null }>(
      `SELECT event_id, case_id, exception_kind AS kind, last_error AS reason FROM forward_queue
       WHERE state = 'exception' AND event_id IN (SELECT jsonb_array_elements_text($1::jsonb))
       FOR UPDATE`,
      [JSON.stringify(eventIds)],
    );
    if (found.length > 0) {
      await tx.query(
        `INSERT INTO forward_exception_actions (event_id, case_id, action, exception_kind, reason, operator, note)
         SELECT x.event_id, x.case_id, $2, x.kind, coalesce(x.reason, ''), $3, $4
         FROM jsonb_to_recordset($1::jsonb) AS x(event_id text, case_id text, kind text, reason text)`,
        [JSON.stringify(found), action, request.operator, request.note],
      );
      const ids = JSON.stringify(found.map((row) => row.event_id));
      await tx.query(
        action === 'retry'
          ? `UPDATE forward_queue SET state = 'ready', attempts = 0, exception_kind = NULL, exception_at = NULL, last_error = NULL,
               next_attempt_at = now()
             WHERE event_id IN (SELECT jsonb_array_elements_text($1::jsonb))`
          : 'DELETE FROM forward_queue WHERE event_id IN (SELECT jsonb_array_elements_text($1::jsonb))',
        [ids],
      );
      await releaseHeld(
        tx,
        found.map((row) => row.case_id),
      );
    }
    const acted = new Set(found.map((row) => row.event_id));
    return {
      results: eventIds.map((eventId) =>
        acted.has(eventId)
          ? { eventId, status: action === 'retry' ? ('retried' as const) : ('resolved' as const) }
          : { eventId, status: 'notAnException' as const, message: '该事件不在异常列表中（可能已处理或已送达）' },
      ),
    };
  });
}

export async function listForwardExceptionActions(
  db: Queryable,
  query: { eventId?: string | undefined; limit: number },
): Promise<ForwardExceptionActions> {
  const rows = await db.query<{
    event_id: string;
    case_id: string;
    action: 'retry' | 'resolve';
    exception_kind: string;
    reason: string;
    operator: string;
    note: string;
    acted_at: string;
  }>(
    `SELECT event_id, case_id, action, exception_kind, reason, operator, note, ${isoUtc('acted_at')} AS acted_at
     FROM forward_exception_actions
     WHERE $1::text IS NULL OR event_id = $1
     ORDER BY id DESC
     LIMIT $2`,
    [query.eventId ?? null, query.limit],
  );
  return {
    actions: rows.map((row) => ({
      eventId: row.event_id,
      caseId: row.case_id,
      action: row.action,
      exceptionKind: row.exception_kind,
      reason: row.reason,
      operator: row.operator,
      note: row.note,
      actedAt: row.acted_at,
    })),
  };
}
