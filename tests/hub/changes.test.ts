/**
 * GET /v1/changes: who sees which case, in what order, and paging by cursor. Each test works
 * in divisions of its own, so the suite's shared hub does not leak between tests.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hasValidHash } from '../../shared/domain/case/event-seal';
import { changesResponseSchema } from '../../shared/sync/protocol';
import type { HubHandle } from '../../hub/start-hub';
import { INDEX_ORDER_SETTING } from '../../hub/db/index-order';
import { CHANGES_SQL } from '../../hub/store/feed';
import {
  acceptedEvent,
  allChanges,
  changes,
  createTestDatabase,
  decidedEvent,
  describeEachEngine,
  enroll,
  receivedEvent,
  withdrawnEvent,
  identityFor,
  newDivision,
  newHall,
  push,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';

describeEachEngine('change feed', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  it('shows a case to its receiving hall and to halls of its handling county, and to no one else', async () => {
    const handlingCounty = newDivision('51');
    const receiver = await enroll(hub, identityFor('51', newHall(newDivision('51'))));
    const receiverColleague = await enroll(hub, identityFor('51', { ...receiver.identity.hall }, '王芳'));
    const handler = await enroll(hub, identityFor('51', newHall(handlingCounty)));
    const sameCountyOtherHall = await enroll(hub, identityFor('51', newHall(handlingCounty)));
    const elsewhere = await enroll(hub, identityFor('51', newHall(newDivision('51'))));

    const accepted = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '51', division: handlingCounty }));
    const received = await receivedEvent(accepted, handler.actor);
    const decided = await decidedEvent(received, handler.actor);
    await push(hub, receiver.token, [accepted]);
    await push(hub, handler.token, [received, decided]);

    const expected = [accepted.id, received.id, decided.id];
    for (const viewer of [receiver, receiverColleague, handler, sameCountyOtherHall]) {
      expect((await allChanges(hub, viewer.token)).map((change) => change.event.id)).toEqual(expected);
    }
    expect(await allChanges(hub, elsewhere.token)).toEqual([]);
  });

  it('returns events in commit order with increasing cursors, schema-valid and with intact hashes', async () => {
    const receiver = await enroll(hub, identityFor('51', newHall(newDivision('51'))));
    const routing = routingFor(receiver.identity, { province: '51', division: newDivision('51') });
    const first = await acceptedEvent(receiver.actor, routing);
    const second = await acceptedEvent(receiver.actor, routing);
    const firstForwarded = await withdrawnEvent(first, receiver.actor);
    await push(hub, receiver.token, [second]);
    await push(hub, receiver.token, [first, firstForwarded]);

    const response = await changes(hub, receiver.token);
    expect(response.status).toBe(200);
    const page = changesResponseSchema.parse(response.body);
    expect(page.changes.map((change) => change.event.id)).toEqual([second.id, first.id, firstForwarded.id]);
    const cursors = page.changes.map((change) => BigInt(change.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(cursors).size).toBe(3);
    expect(page.nextCursor).toBe(page.changes.at(-1)?.cursor);
    expect(page.hasMore).toBe(false);
    for (const change of page.changes) {
      expect(await hasValidHash(change.event)).toBe(true);
      expect(change.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Math.abs(Date.parse(change.receivedAt) - Date.now())).toBeLessThan(5 * 60 * 1000);
    }
    // What came back is what went in.
    expect(page.changes[1]?.event).toEqual(first);
  });

  it('pages with limit and cursor without skipping or repeating', async () => {
    const receiver = await enroll(hub, identityFor('51', newHall(newDivision('51'))));
    const routing = routingFor(receiver.identity, { province: '51', division: newDivision('51') });
    const events = [];
    for (let i = 0; i < 5; i += 1) events.push(await acceptedEvent(receiver.actor, routing));
    await push(hub, receiver.token, events);

    const pages = [];
    let cursor = '0';
    for (;;) {
      const { body } = await changes(hub, receiver.token, cursor, 2);
      pages.push(body);
      cursor = body.nextCursor;
      if (!body.hasMore) break;
    }
    expect(pages.map((page) => page.changes.length)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false]);
    expect(pages.flatMap((page) => page.changes.map((change) => change.event.id))).toEqual(events.map((event) => event.id));

    const caughtUp = await changes(hub, receiver.token, cursor, 2);
    expect(caughtUp.body).toEqual({ changes: [], nextCursor: cursor, hasMore: false });
    const later = await acceptedEvent(receiver.actor, routing);
    await push(hub, receiver.token, [later]);
    expect((await changes(hub, receiver.token, cursor, 2)).body.changes.map((change) => change.event.id)).toEqual([later.id]);
  });

  it('lists a case received and handled in the same county once', async () => {
    const county = newDivision('51');
    const receiver = await enroll(hub, identityFor('51', newHall(county)));
    const accepted = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '51', division: county }));
    await push(hub, receiver.token, [accepted]);
    expect((await allChanges(hub, receiver.token)).map((change) => change.event.id)).toEqual([accepted.id]);
  });

  it('reads a page through the two feed indexes, already in seq order', async () => {
    // The test feed is tiny, so the planner would rightly scan it; forbidding sequential
    // scans shows the query can be answered from the indexes alone, without a sort.
    const plan = await hub.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      await tx.query(INDEX_ORDER_SETTING);
      return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${CHANGES_SQL}`, [
        '51000001',
        '51',
        '510000',
        '0',
        200,
        4_194_304,
        null,
      ]);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index (Only )?Scan using feed_receiving_hall_idx/);
    expect(text).toMatch(/Index (Only )?Scan using feed_handling_place_idx/);
    expect(text).not.toMatch(/Seq Scan on feed/);
  });

  it('pages a hall feed the planner has no statistics for by walking its index, not by reading the rest of it', async () => {
    // 3,000 events of one hall appear at once, faster than autovacuum would analyze them.
    const hall = '51999901';
    await hub.db.query(
      `INSERT INTO case_routes (case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
       SELECT 'WALK-' || n, 'WALK-' || n, '51', $1, '50', '500103', '', '{}'::jsonb FROM generate_series(1, 3000) n`,
      [hall],
    );
    await hub.db.query(
      `INSERT INTO events (id, case_id, type, body, hash, origin) SELECT 'WALK-E' || n, 'WALK-' || n, 'accepted', '{}', '', 'local' FROM generate_series(1, 3000) n`,
    );
    await hub.db.query(
      `INSERT INTO feed (seq, event_id, case_id, receiving_hall, handling_province, handling_division)
       SELECT 9000000 + n, 'WALK-E' || n, 'WALK-' || n, $1, '50', '500103' FROM generate_series(1, 3000) n`,
      [hall],
    );
    const plan = await hub.db.transaction(async (tx) => {
      await tx.query(INDEX_ORDER_SETTING);
      return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE ${CHANGES_SQL}`, [hall, '51', '519999', '0', 200, 4_194_304, null]);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    const hallRows = /Index (?:Only )?Scan using feed_receiving_hall_idx on feed .*actual time=\S+ rows=(\d+)/.exec(text)?.[1];
    expect(Number(hallRows)).toBeLessThanOrEqual(201);
  });
});
