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
 * One page after `cursor`: $1 hall code, $2 province, $3 division, $4 cursor, $5 limit.
 * Each branch of the UNION is a range scan on its own index (receiving hall, or handling
 * place), both already in seq order; UNION drops the rows a case matches twice (received
 * and handled in the same county).
 */
export const CHANGES_SQL = `
  WITH picked AS (
    (SELECT seq FROM feed WHERE receiving_hall = $1 AND seq > $4::bigint ORDER BY seq LIMIT $5)
    UNION
    (SELECT seq FROM feed WHERE handling_province = $2 AND handling_division = $3 AND seq > $4::bigint
     ORDER BY seq LIMIT $5)
  )
  SELECT f.seq::text AS seq, e.body, ${isoUtc('e.received_at')} AS received_at
  FROM picked p JOIN feed f ON f.seq = p.seq JOIN events e ON e.id = f.event_id
  ORDER BY p.seq
  LIMIT $5`;

export async function readChanges(db: Queryable, audience: FeedAudience, cursor: string, limit: number): Promise<ChangesPage> {
  // One row more than asked tells whether another page follows.
  const rows = await db.query<{ seq: string; body: CaseEvent; received_at: string }>(CHANGES_SQL, [
    audience.hallCode,
    audience.province,
    audience.division,
    cursor,
    limit + 1,
  ]);
  const page = rows.slice(0, limit);
  const changes = page.map((row) => ({ cursor: row.seq, receivedAt: row.received_at, event: row.body }));
  return {
    changes,
    nextCursor: changes.at(-1)?.cursor ?? cursor,
    hasMore: rows.length > limit,
  };
}
