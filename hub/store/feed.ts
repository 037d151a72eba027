/**
 * The change feed. Workstations page through it with a cursor (the feed `seq`, a decimal
 * string on the wire).
 *
 * Why a lock: a sequence value or timestamp taken early in a transaction lets a reader see
 * seq 11 (committed) while seq 10 is still uncommitted; the reader's cursor moves past 10
 * and never returns to it. Taking `seq` as max+1 under an EXCLUSIVE table lock held until
 * commit makes commit order equal seq order, so every row a reader can see has all smaller
 * seqs already visible. EXCLUSIVE does not block plain SELECTs, only other writers' appends.
 */
import type { CaseEvent, Routing } from '../../shared/domain/case-events';
import type { Change } from '../../shared/sync/protocol';
import { MAX_CHANGES_PAGE_BYTES } from '../../shared/sync/size-limits';
import { isoUtc, type Queryable } from '../db/database';

/** Must run inside the writing transaction, as its last step before commit. */
export async function appendToFeed(tx: Queryable, event: CaseEvent, routing: Routing): Promise<string> {
  await tx.query('LOCK TABLE feed IN EXCLUSIVE MODE');
  const rows = await tx.query<{ seq: string }>(
    `INSERT INTO feed (seq, event_id, case_id, receiving_hall, handling_province, handling_division)
     SELECT COALESCE(MAX(seq), 0) + 1, $1, $2, $3, $4, $5 FROM feed
     RETURNING seq::text AS seq`,
    [event.id, event.caseId, routing.receiving.hallCode, routing.handling.province, routing.handling.division],
  );
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error('feed append returned no row');
  return seq;
}

/** What a workstation may see: cases its hall received, and cases handled in its county. */
export interface FeedAudience {
  hallCode: string;
  province: string;
  division: string;
}

export interface ChangesPage {
  changes: Change[];
  nextCursor: string;
  hasMore: boolean;
}

/**
 * One page after `cursor`: $1 hall code, $2 province, $3 division, $4 cursor, $5 limit,
 * $6 byte budget. Each branch of the UNION is a range scan on its own index (receiving hall,
 * or handling place), both already in seq order; UNION drops the rows a case matches twice
 * (received and handled in the same county).
 *
 * A page is bounded by bytes as well as by count: events are taken in seq order while their
 * running size (jsonb text, a little above the JSON on the wire) stays within the budget,
 * and always at least one, so a page of big events still answers, one event at a time.
 * The row after the page comes back without its body, only to say that more follow.
 */
export const CHANGES_SQL = `
  WITH picked AS (
    (SELECT seq FROM feed WHERE receiving_hall = $1 AND seq > $4::bigint ORDER BY seq LIMIT $5 + 1)
    UNION
    (SELECT seq FROM feed WHERE handling_province = $2 AND handling_division = $3 AND seq > $4::bigint
     ORDER BY seq LIMIT $5 + 1)
  ),
  sized AS (
    SELECT f.seq, f.event_id,
           row_number() OVER w AS n,
           sum(octet_length(e.body::text)) OVER w AS running
    FROM (SELECT seq FROM picked ORDER BY seq LIMIT $5 + 1) p
    JOIN feed f ON f.seq = p.seq JOIN events e ON e.id = f.event_id
    WINDOW w AS (ORDER BY f.seq)
  ),
  marked AS (SELECT seq, event_id, n <= $5 AND (n = 1 OR running <= $6) AS fits FROM sized)
  SELECT m.seq::text AS seq,
         CASE WHEN m.fits THEN e.body END AS body,
         CASE WHEN m.fits THEN ${isoUtc('e.received_at')} END AS received_at
  FROM marked m JOIN events e ON e.id = m.event_id
  ORDER BY m.seq`;

export async function readChanges(
  db: Queryable,
  audience: FeedAudience,
  cursor: string,
  limit: number,
  maxBytes: number = MAX_CHANGES_PAGE_BYTES,
): Promise<ChangesPage> {
  const rows = await db.query<{ seq: string; body: CaseEvent | null; received_at: string | null }>(CHANGES_SQL, [
    audience.hallCode,
    audience.province,
    audience.division,
    cursor,
    limit,
    maxBytes,
  ]);
  const changes: Change[] = [];
  for (const row of rows) {
    // The page is the prefix of rows that fit; the first row without a body ends it.
    if (row.body === null || row.received_at === null) break;
    changes.push({ cursor: row.seq, receivedAt: row.received_at, event: row.body });
  }
  return {
    changes,
    nextCursor: changes.at(-1)?.cursor ?? cursor,
    hasMore: rows.length > changes.length,
  };
}
