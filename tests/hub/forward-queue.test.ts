/**
 * The forwarder's queue under the peer's every kind of answer: due items found by index,
 * a deferred event waiting without holding up other cases, a bounded number of deferrals
 * before 异常, a batch the peer refuses as a whole narrowed down to its one bad event,
 * batches packed within a byte budget, and a peer outage that costs no queue work.
 * The peer is scripted (scripted-peer.ts); real hub pairs are forwarding.test.ts.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { Database, Queryable, SqlParam } from '../../hub/db/database';
import { startForwarder, type DrainSummary } from '../../hub/forwarder/forwarder';
import type { HubHandle } from '../../hub/start-hub';
import { INDEX_ORDER_SETTING } from '../../hub/db/index-order';
import { TAKE_DUE_SQL } from '../../hub/store/forward-queue';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enroll,
  forwardedEvent,
  identityFor,
  newHall,
  ownLease,
  PEER_SECRET,
  push,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';
import { applyAll, closedPortUrl, startScriptedPeer, type ScriptedPeer } from './scripted-peer';

const 渝中 = '500103';
const MAX_DEFERRED = 3;
const summary = (counts: Partial<DrainSummary>): DrainSummary => ({
  applied: 0,
  duplicate: 0,
  rejected: 0,
  deferred: 0,
  undeliverable: 0,
  failed: 0,
  ...counts,
});

/** The database as the forwarder sees it, with every statement it runs written down. */
function recordingDb(db: Database): { db: Database; statements: string[] } {
  const statements: string[] = [];
  const recorded = (target: Queryable): Queryable => ({
    query: <Row>(sql: string, params?: readonly SqlParam[]) => {
      statements.push(sql.trim());
      return target.query<Row>(sql, params);
    },
  });
  const wrapped: Database = {
    engine: db.engine,
    ...recorded(db),
    transaction: (fn) => db.transaction((tx) => fn({ ...recorded(tx), finishUnderLock: tx.finishUnderLock })),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  };
  return { db: wrapped, statements };
}

describeEachEngine('the forward queue', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  let peer: ScriptedPeer;
  let receiver: EnrolledWorkstation;

  beforeAll(async () => {
    [database, peer] = await Promise.all([createTestDatabase(engine), startScriptedPeer()]);
    hub = await startTestHub('51', database.config, {
      peerUrl: () => peer.url,
      // Long back-off: only an explicit "retry now" retries within a test.
      forwarding: { automatic: false, backoff: { baseMs: 60_000, maxMs: 120_000 }, maxDeferredAttempts: MAX_DEFERRED },
    });
    receiver = await enroll(hub, identityFor('51', newHall('510104', '锦江区政务服务中心')));
  });
  afterAll(async () => {
    await Promise.allSettled([hub?.close(), peer?.close()]);
    await database?.drop();
  });
  beforeEach(async () => {
    await hub.db.query('DELETE FROM forward_queue');
    peer.answer = applyAll;
    peer.received.length = 0;
  });

  async function newCase(): Promise<[CaseEvent, CaseEvent]> {
    const accepted = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '50', division: 渝中 }));
    return [accepted, await forwardedEvent(accepted, receiver.actor, '50')];
  }
  async function pushAll(events: CaseEvent[]): Promise<void> {
    const response = await push(hub, receiver.token, events);
    expect(response.body.results.map((result) => result.status)).toEqual(events.map(() => 'applied'));
  }
  const queueOf = (caseId: string) =>
    hub.db.query<{ event_id: string; state: string; attempts: number; exception_kind: string | null; last_error: string | null }>(
      'SELECT event_id, state, attempts, exception_kind, last_error FROM forward_queue WHERE case_id = $1 ORDER BY seq',
      [caseId],
    );
  /** Event ids the peer received, request by request. */
  const sent = () => peer.received.map((batch) => batch.events.map((event) => event.id));

  it('finds due items through its partial indexes, in index order, without scanning the queue', async () => {
    // The test queue is tiny, so the planner would rightly scan it; forbidding that shows
    // the due rows are read straight off the partial indexes under the take's own setting.
    const plan = await hub.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      await tx.query(INDEX_ORDER_SETTING);
      return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${TAKE_DUE_SQL}`, [100, false]);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index Scan using forward_queue_ready_idx/);
    expect(text).toMatch(/Index Scan using forward_queue_waiting_idx/);
    expect(text).not.toMatch(/Seq Scan on forward_queue/);
  });

  it('takes a batch off a big queue the planner has no statistics for by walking the ready index, not by reading the queue', async () => {
    // 3,000 ready rows appear at once (a backlog), faster than autovacuum would analyze them.
    await hub.db.query(
      `INSERT INTO case_routes (case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
       SELECT 'BIG-' || n, 'BIG-' || n, '51', '51010401', '50', '500103', '', '{}'::jsonb FROM generate_series(1, 3000) n`,
    );
    await hub.db.query(
      `INSERT INTO events (id, case_id, type, body, hash, origin) SELECT 'BIG-E' || n, 'BIG-' || n, 'accepted', '{}', '', 'local' FROM generate_series(1, 3000) n`,
    );
    await hub.db.query(
      `INSERT INTO forward_queue (seq, event_id, case_id) SELECT 1000000 + n, 'BIG-E' || n, 'BIG-' || n FROM generate_series(1, 3000) n`,
    );
    const plan = await hub.db.transaction(async (tx) => {
      await tx.query(INDEX_ORDER_SETTING);
      return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE ${TAKE_DUE_SQL}`, [200, false]);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    const readyRows = /Index Scan using forward_queue_ready_idx on forward_queue .*actual time=\S+ rows=(\d+)/.exec(text)?.[1];
    expect(Number(readyRows)).toBeLessThanOrEqual(200);
    await hub.db.query("DELETE FROM forward_queue WHERE case_id LIKE 'BIG-%'");
  });

  it('keeps a deferred event and its case waiting while other cases go, then sends the case in order', async () => {
    const [a1, a2] = await newCase();
    const [b1, b2] = await newCase();
    await pushAll([a1, b1, a2, b2]);
    // The peer lacks what a1 follows, and so cannot take a2 either.
    peer.answer = () => ({
      results: (event) =>
        event.caseId === a1.caseId
          ? { id: event.id, status: 'deferred', code: 'MISSING_PARENT', message: '缺少其前序事件' }
          : { id: event.id, status: 'applied' },
    });
    expect(await hub.forwarder.drainOnce()).toEqual(summary({ applied: 2, deferred: 1 }));
    expect(await queueOf(a1.caseId)).toMatchObject([
      { event_id: a1.id, state: 'waiting', attempts: 1, last_error: 'MISSING_PARENT: 缺少其前序事件' },
      { event_id: a2.id, state: 'held', attempts: 0 },
    ]);
    expect(await queueOf(b1.caseId)).toEqual([]);

    // Not due yet: nothing is sent, and a new case goes through meanwhile.
    expect(await hub.forwarder.drainOnce()).toEqual(summary({}));
    const [c1] = await newCase();
    await pushAll([c1]);
    expect(await hub.forwarder.drainOnce()).toEqual(summary({ applied: 1 }));

    peer.answer = applyAll;
    expect(await hub.forwarder.drainOnce({ ignoreBackoff: true })).toEqual(summary({ applied: 2 }));
    expect(await queueOf(a1.caseId)).toEqual([]);
    expect(sent()).toEqual([[a1.id, b1.id, a2.id, b2.id], [c1.id], [a1.id], [a2.id]]);
  });

  it('holds an event queued after an earlier event of its case was deferred, instead of sending it', async () => {
    const [a1, a2] = await newCase();
    await pushAll([a1]);
    peer.answer = () => ({ results: (event) => ({ id: event.id, status: 'deferred', code: 'MISSING_PARENT', message: '缺少其前序事件' }) });
    expect(await hub.forwarder.drainOnce()).toEqual(summary({ deferred: 1 }));
    await pushAll([a2]);
    expect(await hub.forwarder.drainOnce()).toEqual(summary({}));
    expect(sent()).toEqual([[a1.id]]);
    expect(await queueOf(a1.caseId)).toMatchObject([
      { event_id: a1.id, state: 'waiting' },
      { event_id: a2.id, state: 'held' },
    ]);
  });

  it('moves an event the peer keeps deferring to the 异常 list after a bounded number of tries', async () => {
    const [a1, a2] = await newCase();
    await pushAll([a1, a2]);
    peer.answer = () => ({ results: (event) => ({ id: event.id, status: 'deferred', code: 'MISSING_PARENT', message: '缺少其前序事件' }) });
    for (let attempt = 1; attempt < MAX_DEFERRED; attempt += 1) {
      expect(await hub.forwarder.drainOnce({ ignoreBackoff: true })).toEqual(summary({ deferred: 1 }));
    }
    expect(await hub.forwarder.drainOnce({ ignoreBackoff: true })).toEqual(summary({ deferred: 1 }));
    expect(await queueOf(a1.caseId)).toMatchObject([
      {
        event_id: a1.id,
        state: 'exception',
        exception_kind: 'deferred',
        attempts: MAX_DEFERRED,
        last_error: `MISSING_PARENT: 缺少其前序事件（已尝试${MAX_DEFERRED}次）`,
      },
      { event_id: a2.id, state: 'held' },
    ]);
    // In 异常 it is never sent again by itself.
    peer.received.length = 0;
    expect(await hub.forwarder.drainOnce({ ignoreBackoff: true })).toEqual(summary({}));
    expect(peer.received).toEqual([]);
  });

  it('treats an event the peer leaves out of its answer like a deferred one', async () => {
    const [a1] = await newCase();
    const [b1] = await newCase();
    await pushAll([a1, b1]);
    peer.answer = () => ({ results: (event) => (event.id === a1.id ? undefined : { id: event.id, status: 'applied' }) });
    expect(await hub.forwarder.drainOnce()).toEqual(summary({ applied: 1, deferred: 1 }));
    expect(await queueOf(a1.caseId)).toMatchObject([{ state: 'waiting', attempts: 1, last_error: '对端交换中心未返回该事件的处理结果' }]);
  });

  it('narrows a batch the peer refuses as a whole down to the one event it cannot take', async () => {
    const cases = await Promise.all([newCase(), newCase(), newCase(), newCase(), newCase()]);
    const [bad, badNext] = cases[2]!;
    await pushAll(cases.flat());
    peer.answer = (events) =>
      events.some((event) => event.id === bad.id)
        ? { status: 413, body: { error: { code: 'BODY_TOO_LARGE', message: '请求内容过大（上限5 MB），请分批提交' } } }
        : applyAll();
    expect(await hub.forwarder.drainOnce()).toEqual(summary({ applied: 8, undeliverable: 1 }));
    expect(await queueOf(bad.caseId)).toMatchObject([
      {
        event_id: bad.id,
        state: 'exception',
        exception_kind: 'undeliverable',
        last_error: expect.stringMatching(/HTTP 413.*BODY_TOO_LARGE/),
      },
      { event_id: badNext.id, state: 'held' },
    ]);
    const delivered = peer.received.filter((batch) => !batch.events.some((event) => event.id === bad.id)).flatMap((batch) => batch.events);
    expect(delivered.map((event) => event.id)).toEqual(
      cases
        .flat()
        .filter((event) => event.caseId !== bad.caseId)
        .map((event) => event.id),
    );
  });

  it('packs its requests within the byte budget, in seq order', async () => {
    const budget = 8 * 1024;
    const forwarder = startForwarder({
      db: hub.db,
      lease: ownLease(hub.db),
      peerUrl: () => peer.url,
      peerSecret: PEER_SECRET,
      automatic: false,
      maxBatchBytes: budget,
    });
    try {
      const events = (await Promise.all(Array.from({ length: 10 }, () => newCase()))).flat();
      await pushAll(events);
      expect(await forwarder.drainOnce()).toEqual(summary({ applied: events.length }));
      expect(peer.received.length).toBeGreaterThan(1);
      for (const batch of peer.received) expect(batch.bytes).toBeLessThanOrEqual(budget);
      expect(sent().flat()).toEqual(events.map((event) => event.id));
    } finally {
      await forwarder.close();
    }
  });

  it('backs off for the whole peer while it is down: no queue row is written, and a tick inside the back-off reads none', async () => {
    const down = await closedPortUrl();
    const { db, statements } = recordingDb(hub.db);
    const forwarder = startForwarder({
      db,
      lease: ownLease(hub.db),
      peerUrl: () => down,
      peerSecret: PEER_SECRET,
      automatic: false,
      backoff: { baseMs: 60_000, maxMs: 120_000 },
    });
    try {
      const events = (await Promise.all(Array.from({ length: 30 }, () => newCase()))).flat();
      await pushAll(events);
      const before = await hub.db.query('SELECT seq, state, attempts, next_attempt_at, last_error FROM forward_queue ORDER BY seq');

      expect(await forwarder.drainOnce()).toEqual(summary({ failed: events.length }));
      expect(forwarder.peerStatus()).toMatchObject({ state: 'backingOff', consecutiveFailures: 1 });
      // The first drain also reads, once, whether a restore asked the peer to resend (it did not).
      expect(statements).toEqual([
        expect.stringMatching(/FROM hub_epoch$/),
        INDEX_ORDER_SETTING,
        expect.stringMatching(/^WITH candidates AS/),
      ]);

      statements.length = 0;
      expect(await forwarder.drainOnce()).toEqual(summary({}));
      expect(statements).toEqual([]);

      // A probe ("retry now") reads one batch and still writes nothing.
      expect(await forwarder.drainOnce({ ignoreBackoff: true })).toEqual(summary({ failed: events.length }));
      expect(statements).toEqual([INDEX_ORDER_SETTING, expect.stringMatching(/^WITH candidates AS/)]);
      expect(forwarder.peerStatus()).toMatchObject({ consecutiveFailures: 2 });
      expect(await hub.db.query('SELECT seq, state, attempts, next_attempt_at, last_error FROM forward_queue ORDER BY seq')).toEqual(
        before,
      );
    } finally {
      await forwarder.close();
    }
  });
});
