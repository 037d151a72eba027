/**
 * The events table: the append-only log as received. A batch looks up its ids and inserts
 * its applied events with one statement each. The rows go in as one json parameter read by
 * json_to_recordset, so each body is copied as the text it is, never built into a jsonb tree.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { Queryable } from '../db/database';
import type { AppliedEvent } from './batch-merge';
import { CLOCK_SKEW_LIMIT_MS, type EventOrigin } from './event-checks';

/** Hash of each of these event ids the hub already holds. */
export async function storedHashes(tx: Queryable, eventIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.query<{ id: string; hash: string }>(
    `SELECT id, hash FROM events WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(eventIds)],
  );
  return new Map(rows.map((row) => [row.id, row.hash]));
}

/** The applied events as received, with who sent them and how far the sender's clock was off. */
export async function insertEvents(tx: Queryable, applied: readonly AppliedEvent[], origin: EventOrigin): Promise<void> {
  if (applied.length === 0) return;
  const now = Date.now();
  const rows = applied.map(({ event }) => {
    const skewMs = origin.kind === 'local' ? Date.parse(event.at) - now : null;
    return {
      id: event.id,
      case_id: event.caseId,
      type: event.type,
      body: event,
      hash: event.hash,
      origin: origin.kind,
      workstation_id: origin.kind === 'local' ? origin.workstation.id : null,
      clock_skew_ms: skewMs,
      clock_skewed: skewMs !== null && Math.abs(skewMs) > CLOCK_SKEW_LIMIT_MS,
    };
  });
  await tx.query(
    `INSERT INTO events (id, case_id, type, body, hash, origin, workstation_id, clock_skew_ms, clock_skewed)
     SELECT id, case_id, type, body, hash, origin, workstation_id, clock_skew_ms, clock_skewed
     FROM json_to_recordset($1::json) AS r(id text, case_id text, type text, body json, hash text, origin text,
                                         workstation_id text, clock_skew_ms bigint, clock_skewed boolean)`,
    [JSON.stringify(rows)],
  );
}

/** Every stored event of a case: the refold after a concurrent event needs the whole log. */
export async function loadCaseLog(tx: Queryable, caseId: string): Promise<CaseEvent[]> {
  const rows = await tx.query<{ body: CaseEvent }>('SELECT body FROM events WHERE case_id = $1', [caseId]);
  return rows.map((row) => row.body);
}
