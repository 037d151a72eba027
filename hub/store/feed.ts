/**
 * The change feed. Workstations, the forwarder and the hall projector page through it with
 * a cursor (the feed `seq`, a decimal string on the wire) and must never skip a row.
 *
 * The ordering rule: a seq is given only to a committed row, only by the feed ticket step,
 * and the ticket step holds `LOCK TABLE feed IN EXCLUSIVE MODE` from before it reads max(seq)
 * until its own commit. So ticket steps run one at a time, each numbers its rows above every
 * seq already visible, and each commits before the next reads max(seq): seqs become visible
 * in increasing order, and a reader that has seen seq n never sees a smaller one appear
 * later. EXCLUSIVE does not block plain SELECTs, only other appenders.
 *
 * Why two steps: a batch's own transaction (cases locked, events written) only queues its
 * feed rows in `feed_pending` (one row per batch, with a ticket from a sequence taken after
 * its case locks), and
 * commits without the feed lock, in parallel with the other batches (their commits share
 * WAL flushes). Then `numberWaitingFeed` moves every committed waiting row, of this batch
 * and of any other that committed meanwhile, into the feed in (ticket, ord) order, in one
 * statement that also queues the rows for the peer hub and, on PostgreSQL, notifies the
 * other hub instances. The lock is held for that one statement and its commit, shared by
 * every batch it numbers, never across a batch's work. A batch that follows another's event
 * on a case locked the case after that batch committed, so its ticket is larger and its
 * rows are numbered later, or in the same step after them: an event always gets a larger
 * seq than the events it follows. A row left waiting by a hub that died between the two
 * steps is numbered by the next step, whoever runs it (`startFeedSweeper` runs one when no
 * push does). PGlite has one connection, so there the step runs as the batch's own last
 * statement instead (`numberBatchInTransaction`): the same rule, with nothing in between.
 */
import type { CaseEvent, Routing } from '../../shared/domain/case/case-events';
import type { Change } from '../../shared/sync/protocol';
import { MAX_CHANGES_PAGE_BYTES } from '../../shared/sync/size-limits';
import { isoUtc, type Database, type Queryable, type Transaction } from '../db/database';
import { inIndexOrder } from '../db/index-order';
import { parseAudienceKey, type FeedAudience, type FeedNews } from './feed-audience';
import { FEED_CHANNEL, MAX_NEWS_KEYS_PER_NOTIFICATION } from './feed-notifications';

export type { FeedAudience } from './feed-audience';

export interface FeedEntry {
  event: Pick<CaseEvent, 'id' | 'caseId'>;
  routing: Routing;
  /** Also queue it for the peer hub (our own windows' events of a cross-province case). */
  forward: boolean;
}

/** The batch's entries as the feed statements take them (ord = place in the batch, from 1). */
function entryRows(entries: readonly FeedEntry[]) {
  return entries.map(({ event, routing, forward }, index) => ({
    ord: index + 1,
    event_id: event.id,
    case_id: event.caseId,
    receiving_hall: routing.receiving.hallCode,
    handling_province: routing.handling.province,
    handling_division: routing.handling.division,
    forward,
  }));
}

/**
 * Queues the batch's entries, in order, for the feed ticket step; runs inside the batch's
 * transaction. `replicaId` is the pushing workstation store's id: its own events are left
 * out of its pulls.
 */
export async function queueForFeed(tx: Queryable, entries: readonly FeedEntry[], replicaId: string | null): Promise<void> {
  if (entries.length === 0) return;
  await tx.query('INSERT INTO feed_pending (replica_id, entries) VALUES ($1, $2::jsonb)', [replicaId, JSON.stringify(entryRows(entries))]);
}

const ENTRY_RECORD = `(ord integer, event_id text, case_id text, receiving_hall text, handling_province text, handling_division text, forward boolean)`;

/**
 * The ticket step's one statement: $1 = whether to NOTIFY the other hub instances; $2, $3 =
 * entries and replica of a batch numbered in its own transaction (PGlite), after the rows
 * that were waiting.
 */
const NUMBER_WAITING_SQL = `
  WITH moved AS (DELETE FROM feed_pending RETURNING ticket, replica_id, entries),
  waiting AS (
    SELECT 0 AS source, m.ticket, m.replica_id, r.* FROM moved m, jsonb_to_recordset(m.entries) AS r${ENTRY_RECORD}
    UNION ALL
    SELECT 1, 0, $3::text, r.* FROM jsonb_to_recordset($2::jsonb) AS r${ENTRY_RECORD}
  ),
  base AS (SELECT COALESCE(max(seq), 0) AS top FROM feed),
  numbered AS (SELECT base.top + row_number() OVER (ORDER BY w.source, w.ticket, w.ord) AS seq, w.* FROM base, waiting w),
  fed AS (
    INSERT INTO feed (seq, event_id, case_id, receiving_hall, handling_province, handling_division, replica_id)
    SELECT seq, event_id, case_id, receiving_hall, handling_province, handling_division, replica_id FROM numbered
  ),
  queued AS (
    INSERT INTO forward_queue (seq, event_id, case_id) SELECT seq, event_id, case_id FROM numbered WHERE forward
  ),
  news AS (  -- the keys of feed-audience.ts: hallKey and placeKey
    SELECT 'h:' || receiving_hall AS key, max(seq) AS latest FROM numbered GROUP BY receiving_hall
    UNION ALL
    SELECT 'p:' || handling_province || ':' || handling_division, max(seq) FROM numbered GROUP BY handling_province, handling_division
  ),
  notified AS (
    SELECT pg_notify('${FEED_CHANNEL}', json_build_object('top', '0', 'ords', json_object_agg(key, latest))::text)
    FROM (SELECT key, latest, (row_number() OVER () - 1) / ${MAX_NEWS_KEYS_PER_NOTIFICATION} AS chunk FROM news) chunked
    WHERE $1::boolean
    GROUP BY chunk
  )
  SELECT key, latest::text AS latest, (SELECT count(*) FROM notified)::int AS notified FROM news`;

/**
 * The feed ticket step: numbers every committed waiting row (see the top of this file) in a
 * transaction of its own; returns each audience key's highest new seq, for the waiting
 * pullers. With `notify` (PostgreSQL) the same statement sends that news to the other hub
 * instances, delivered with the commit. Nothing waiting: an empty map, and no feed row
 * touched.
 */
export async function numberWaitingFeed(db: Database, options: { notify: boolean }): Promise<FeedNews> {
  return db.transaction((tx) => numberUnderLock(tx, [options.notify, '[]', null]));
}

/**
 * PGlite's ticket step, inside the batch's own transaction as its last statement: with one
 * connection nothing can commit between the batch's writes and its numbering, so the batch
 * skips the waiting table (and the dead rows it would leave, which nothing vacuums there).
 */
export async function numberBatchInTransaction(
  tx: Transaction,
  entries: readonly FeedEntry[],
  replicaId: string | null,
): Promise<FeedNews> {
  if (entries.length === 0) return new Map();
  return numberUnderLock(tx, [false, JSON.stringify(entryRows(entries)), replicaId]);
}

async function numberUnderLock(tx: Transaction, params: [boolean, string, string | null]): Promise<FeedNews> {
  const rows = await tx.finishUnderLock<{ key: string; latest: string }>('LOCK TABLE feed IN EXCLUSIVE MODE', NUMBER_WAITING_SQL, params);
  return new Map(rows.map((row) => [row.key, BigInt(row.latest)]));
}

/** The highest seq of one audience key (0 when it has none): one backward index probe. */
export async function latestSeq(db: Queryable, key: string): Promise<bigint> {
  const audience = parseAudienceKey(key);
  if (!audience) return 0n;
  const rows =
    'hallCode' in audience
      ? await db.query<{ latest: string | null }>('SELECT max(seq)::text AS latest FROM feed WHERE receiving_hall = $1', [
          audience.hallCode,
        ])
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
  db: Database,
  audience: FeedAudience,
  cursor: string,
  limit: number,
  options: { maxBytes?: number; replicaId?: string } = {},
): Promise<ChangesPage> {
  // An ordered walk of the hall and place indexes whatever the statistics say (db/index-order.ts):
  // a window far behind must not make every page read the rest of its hall's feed.
  const rows = await inIndexOrder(db, (tx) =>
    tx.query<{ seq: string; echo: boolean; fits: boolean; body: CaseEvent | null; received_at: string | null }>(CHANGES_SQL, [
      audience.hallCode,
      audience.province,
      audience.division,
      cursor,
      limit,
      options.maxBytes ?? MAX_CHANGES_PAGE_BYTES,
      options.replicaId ?? null,
    ]),
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
