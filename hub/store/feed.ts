/**
 * The change feed. Workstations page through it with a cursor (the feed `seq`, a decimal
 * string on the wire).
 *
 * Why seq is taken at the very end, under a lock: a sequence value or timestamp taken early
 * in a transaction lets a reader see seq 11 (committed) while seq 10 is still uncommitted;
 * the reader's cursor moves past 10 and never returns to it. So a batch does all its work
 * first (cases locked, events and cases written) and only then, as its last statement, takes
 * `LOCK TABLE feed IN EXCLUSIVE MODE` and numbers its rows max+1, max+2, … The lock is held
 * from there to commit only (one statement and the commit), never across the batch's work,
 * so batches run in parallel and queue only for that tail. Commit order is still seq order:
 * every row a reader can see has all smaller seqs already visible. EXCLUSIVE does not block
 * plain SELECTs, only other writers' appends. And because a batch takes seq after it locked
 * its cases, an event always gets a larger seq than the events it follows.
 */
import type { CaseEvent, Routing } from '../../shared/domain/case/case-events';
import type { Change } from '../../shared/sync/protocol';
import { MAX_CHANGES_PAGE_BYTES } from '../../shared/sync/size-limits';
import { isoUtc, type Queryable, type Transaction } from '../db/database';
import { audienceKeysOf, parseAudienceKey, type FeedAudience, type FeedNews } from './feed-audience';
import { FEED_CHANNEL, newsChunks } from './feed-notifications';

export type { FeedAudience } from './feed-audience';

export interface FeedEntry {
  event: CaseEvent;
  routing: Routing;
  /** Also queue it for the peer hub (our own windows' events of a cross-province case). */
  forward: boolean;
}

/**
 * Appends the batch's entries in order, queues those to forward under the same seqs, and
 * commits the writing transaction: the lock, this statement and the commit go to the server
 * in one round trip, so no batch waits on another's trip back to this process. `replicaId` is
 * the pushing workstation store's id: its own events are left out of its pulls. With
 * `notify` (PostgreSQL), the same statement queues the news for other hub instances
 * (feed-notifications.ts), so the lock is held for one statement and the commit.
 * Returns each audience's highest new seq, for the waiting pullers.
 */
export async function appendToFeed(tx: Transaction, entries: readonly FeedEntry[], replicaId: string | null, options: { notify: boolean }): Promise<FeedNews> {
  if (entries.length === 0) return new Map();
  const rows = entries.map(({ event, routing, forward }, index) => ({
    ord: index + 1,
    event_id: event.id,
    case_id: event.caseId,
    receiving_hall: routing.receiving.hallCode,
    handling_province: routing.handling.province,
    handling_division: routing.handling.division,
    forward,
  }));
  /** Each audience key's last row in this batch (1-based, before the base seq is known). */
  const lastOrd = new Map<string, number>();
  for (const [index, { routing }] of entries.entries()) {
    for (const key of audienceKeysOf(routing)) lastOrd.set(key, index + 1);
  }
  const [top] = await tx.finishUnderLock<{ top: string }>(
    'LOCK TABLE feed IN EXCLUSIVE MODE',
    `WITH base AS (SELECT COALESCE(max(seq), 0) AS top FROM feed),
     numbered AS (
       SELECT base.top + r.ord AS seq, r.*
       FROM base, jsonb_to_recordset($1::jsonb) AS r(ord integer, event_id text, case_id text, receiving_hall text,
                                                    handling_province text, handling_division text, forward boolean)
     ),
     fed AS (
       INSERT INTO feed (seq, event_id, case_id, receiving_hall, handling_province, handling_division, replica_id)
       SELECT seq, event_id, case_id, receiving_hall, handling_province, handling_division, $2 FROM numbered
     ),
     queued AS (
       INSERT INTO forward_queue (seq, event_id, case_id) SELECT seq, event_id, case_id FROM numbered WHERE forward
     ),
     notified AS (
       SELECT pg_notify('${FEED_CHANNEL}', json_build_object('top', base.top::text, 'ords', chunk)::text)
       FROM base, jsonb_array_elements($3::jsonb) AS chunk
     )
     SELECT top::text AS top, (SELECT count(*) FROM notified) AS notified FROM base`,
    [JSON.stringify(rows), replicaId, JSON.stringify(options.notify ? newsChunks(lastOrd) : [])],
  );
  if (top === undefined) throw new Error('feed append returned no row');
  const base = BigInt(top.top);
  return new Map([...lastOrd].map(([key, ord]) => [key, base + BigInt(ord)]));
}

/** The highest seq of one audience key (0 when it has none): one backward index probe. */
export async function latestSeq(db: Queryable, key: string): Promise<bigint> {
  const audience = parseAudienceKey(key);
  if (!audience) return 0n;
  const rows =
    'hallCode' in audience
      ? await db.query<{ latest: string | null }>('SELECT max(seq)::text AS latest FROM feed WHERE receiving_hall = $1', [audience.hallCode])
      : await db.query<{ latest: string | null }>(
          'SELECT max(seq)::text AS latest FROM feed WHERE handling_province = $1 AND handling_division = $2',
          [audience.province, audience.division],
        );
  return BigInt(rows[0]?.latest ?? '0');
}

export interface ChangesPage {
  changes: Change[];
  nextCursor: string;
  hasMore: boolean;
}

/**
 * One page after `cursor`: $1 hall code, $2 province, $3 division, $4 cursor, $5 limit,
 * $6 byte budget, $7 the caller's replica id (or null). Each branch of the UNION is a range
 * scan on its own index (receiving hall, or handling place), both already in seq order;
 * UNION drops the rows a case matches twice (received and handled in the same county).
 *
 * A page is bounded by bytes as well as by count: rows are taken in seq order while the
 * running size of their events (jsonb text, a little above the JSON on the wire) stays
 * within the budget, and always at least one event, so a page of big events still answers,
 * one event at a time. The caller's own events (echoes: its replica pushed them, so it holds
 * them) are passed over without their bodies but still count as rows of the page, so the
 * cursor moves past them even when a page holds nothing else. The row after the page comes
 * back without its body, only to say that more follow.
 */
export const CHANGES_SQL = `
  WITH picked AS (
    (SELECT seq FROM feed WHERE receiving_hall = $1 AND seq > $4::bigint ORDER BY seq LIMIT $5 + 1)
    UNION
    (SELECT seq FROM feed WHERE handling_province = $2 AND handling_division = $3 AND seq > $4::bigint
     ORDER BY seq LIMIT $5 + 1)
  ),
  page_rows AS (
    SELECT f.seq, f.event_id, COALESCE(f.replica_id = $7::text, false) AS echo
    FROM (SELECT seq FROM picked ORDER BY seq LIMIT $5 + 1) p
    JOIN feed f ON f.seq = p.seq
  ),
  sized AS (
    SELECT seq, event_id, echo, bytes, row_number() OVER w AS n, sum(bytes) OVER w AS running
    FROM (
      SELECT r.seq, r.event_id, r.echo, CASE WHEN r.echo THEN 0 ELSE octet_length(e.body::text) END AS bytes
      FROM page_rows r JOIN events e ON e.id = r.event_id
    ) s
    WINDOW w AS (ORDER BY seq)
  ),
  marked AS (SELECT seq, event_id, echo, n <= $5 AND (running - bytes = 0 OR running <= $6) AS fits FROM sized)
  SELECT m.seq::text AS seq, m.echo, m.fits,
         CASE WHEN m.fits AND NOT m.echo THEN e.body END AS body,
         CASE WHEN m.fits AND NOT m.echo THEN ${isoUtc('e.received_at')} END AS received_at
  FROM marked m JOIN events e ON e.id = m.event_id
  ORDER BY m.seq`;

export async function readChanges(
  db: Queryable,
  audience: FeedAudience,
  cursor: string,
  limit: number,
  options: { maxBytes?: number; replicaId?: string } = {},
): Promise<ChangesPage> {
  const rows = await db.query<{ seq: string; echo: boolean; fits: boolean; body: CaseEvent | null; received_at: string | null }>(
    CHANGES_SQL,
    [audience.hallCode, audience.province, audience.division, cursor, limit, options.maxBytes ?? MAX_CHANGES_PAGE_BYTES, options.replicaId ?? null],
  );
  const changes: Change[] = [];
  let consumed = 0;
  let nextCursor = cursor;
  for (const row of rows) {
    // The page is the prefix of rows that fit; the first row that does not ends it.
    if (!row.fits) break;
    consumed += 1;
    nextCursor = row.seq;
    if (!row.echo && row.body !== null && row.received_at !== null) {
      changes.push({ cursor: row.seq, receivedAt: row.received_at, event: row.body });
    }
  }
  return { changes, nextCursor, hasMore: rows.length > consumed };
}
