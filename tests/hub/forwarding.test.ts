/**
 * Two hubs in one process, 四川 (51) and 重庆 (50), forwarding cross-province cases to
 * each other: an 异地代收代办 case received in 成都 and handled in 渝中, and its decision
 * travelling back. Forwarders are driven by hand (drainOnce) so each step is observable;
 * the last test runs one by itself.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { startForwarder, type DrainSummary } from '../../hub/forwarder/forwarder';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  allChanges,
  countRows,
  createTestDatabase,
  decidedEvent,
  describeEachEngine,
  enroll,
  forwardedEvent,
  identityFor,
  newHall,
  ownLease,
  PEER_SECRET,
  push,
  request,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type PushResult,
  type TestDatabase,
} from './fixtures';

const 渝中 = '500103';
// Long backoff: only an explicit "retry now" (ignoreBackoff) retries within a test.
const MANUAL = { automatic: false, backoff: { baseMs: 60_000, maxMs: 120_000 } };
const summary = (counts: Partial<DrainSummary>): DrainSummary => ({
  applied: 0,
  duplicate: 0,
  rejected: 0,
  deferred: 0,
  undeliverable: 0,
  failed: 0,
  ...counts,
});

describeEachEngine('forwarding between the Sichuan and Chongqing hubs', (engine) => {
  let scDatabase: TestDatabase;
  let cqDatabase: TestDatabase;
  let sc: HubHandle;
  let cq: HubHandle;
  let cqPort: number;
  let receiver: EnrolledWorkstation;
  let handler: EnrolledWorkstation;

  beforeAll(async () => {
    [scDatabase, cqDatabase] = await Promise.all([createTestDatabase(engine), createTestDatabase(engine)]);
    cq = await startTestHub('50', cqDatabase.config, { forwarding: MANUAL, peerUrl: () => sc?.url });
    cqPort = Number(new URL(cq.url).port);
    sc = await startTestHub('51', scDatabase.config, { forwarding: MANUAL, peerUrl: cq.url });
    receiver = await enroll(sc, identityFor('51', newHall('510104', '锦江区政务服务中心')));
    handler = await enroll(cq, identityFor('50', newHall(渝中, '渝中区政务服务中心'), '陈静'));
  });
  afterAll(async () => {
    await Promise.allSettled([sc?.close(), cq?.close()]);
    await Promise.allSettled([scDatabase?.drop(), cqDatabase?.drop()]);
  });

  async function newCrossProvinceCase(): Promise<[CaseEvent, CaseEvent]> {
    const accepted = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '50', division: 渝中 }));
    return [accepted, await forwardedEvent(accepted, receiver.actor, '50')];
  }
  const ids = (changes: { event: CaseEvent }[]) => changes.map((change) => change.event.id);
  const forwardToCq = (events: unknown[], secret = PEER_SECRET) =>
    request<PushResult>(`${cq.url}/v1/exchange/forward`, { token: secret, json: { events } });

  it('delivers a Sichuan case to Chongqing and the decision back, without echoes', async () => {
    const [accepted, forwarded] = await newCrossProvinceCase();
    await push(sc, receiver.token, [accepted, forwarded]);
    expect(await countRows(sc, 'forward_queue')).toBe(2);

    expect(await sc.forwarder.drainOnce()).toEqual(summary({ applied: 2 }));
    expect(await countRows(sc, 'forward_queue')).toBe(0);
    expect(ids(await allChanges(cq, handler.token))).toEqual([accepted.id, forwarded.id]);
    const stored = await cq.db.query<{ origin: string; workstation_id: string | null; clock_skew_ms: string | null }>(
      'SELECT origin, workstation_id, clock_skew_ms FROM events WHERE case_id = $1',
      [accepted.caseId],
    );
    expect(stored).toEqual([
      { origin: 'peer', workstation_id: null, clock_skew_ms: null },
      { origin: 'peer', workstation_id: null, clock_skew_ms: null },
    ]);
    expect(await countRows(cq, 'forward_queue')).toBe(0);

    const decided = await decidedEvent(forwarded, handler.actor);
    expect((await push(cq, handler.token, [decided])).body.results[0]?.status).toBe('applied');
    expect(await cq.forwarder.drainOnce()).toEqual(summary({ applied: 1 }));
    expect(ids(await allChanges(sc, receiver.token))).toEqual([accepted.id, forwarded.id, decided.id]);
    const [route] = await sc.db.query<{ state: { status: string } }>('SELECT state FROM case_routes WHERE case_id = $1', [accepted.caseId]);
    expect(route?.state.status).toBe('decided');
    expect(await countRows(sc, 'forward_queue')).toBe(0);

    // The peer retrying a delivery whose answer it lost gets `duplicate`.
    const again = await request<PushResult>(`${sc.url}/v1/exchange/forward`, { token: PEER_SECRET, json: { events: [decided] } });
    expect(again.body.results).toEqual([{ id: decided.id, status: 'duplicate' }]);
  });

  it('refuses peer events from the wrong province or of a single-province case', async () => {
    const cqOwn = await acceptedEvent(handler.actor, routingFor(handler.identity, { province: '51', division: '510104' }));
    const scOnly = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '51', division: '510105' }));
    const response = await forwardToCq([cqOwn, scOnly]);
    expect(response.body.results).toMatchObject([
      { id: cqOwn.id, status: 'rejected', code: 'ACTOR_MISMATCH' },
      { id: scOnly.id, status: 'rejected', code: 'NOT_CROSS_PROVINCE' },
    ]);
    expect(await cq.db.query('SELECT 1 FROM events WHERE id IN ($1, $2)', [cqOwn.id, scOnly.id])).toEqual([]);
    expect((await forwardToCq([cqOwn], 'wrong-secret')).status).toBe(401);
  });

  it('puts a peer rejection in the 异常 list with its reason, holds back the rest of that case, and delivers other cases', async () => {
    const [accepted, forwarded] = await newCrossProvinceCase();
    // The peer already holds a different first event for this case id.
    const routing = routingFor(receiver.identity, { province: '50', division: 渝中 });
    const rival = await acceptedEvent(receiver.actor, routing, { caseId: accepted.caseId });
    expect((await forwardToCq([rival])).body.results[0]?.status).toBe('applied');
    const [otherAccepted, otherForwarded] = await newCrossProvinceCase();
    await push(sc, receiver.token, [accepted, otherAccepted, forwarded, otherForwarded]);

    expect(await sc.forwarder.drainOnce()).toEqual(summary({ rejected: 1, applied: 2 }));
    const queue = await sc.db.query<{
      event_id: string;
      state: string;
      exception_kind: string | null;
      last_error: string | null;
      attempts: number;
    }>('SELECT event_id, state, exception_kind, last_error, attempts FROM forward_queue WHERE case_id = $1 ORDER BY seq', [
      accepted.caseId,
    ]);
    expect(queue).toMatchObject([
      { event_id: accepted.id, state: 'exception', exception_kind: 'rejected', attempts: 1 },
      { event_id: forwarded.id, state: 'held', last_error: null, attempts: 0 },
    ]);
    expect(queue[0]?.last_error).toMatch(/^ALREADY_ACCEPTED: /);
    expect(await cq.db.query('SELECT 1 FROM events WHERE id IN ($1, $2)', [otherAccepted.id, otherForwarded.id])).toHaveLength(2);
    // Not retried, not even when asked to retry now.
    expect(await sc.forwarder.drainOnce({ ignoreBackoff: true })).toEqual(summary({}));
    expect(await cq.db.query('SELECT 1 FROM events WHERE id = $1', [forwarded.id])).toEqual([]);
  });

  it('queues while the peer hub is down and drains once it is back with its data', async () => {
    const before = ids(await allChanges(cq, handler.token));
    await cq.close();

    const [accepted, forwarded] = await newCrossProvinceCase();
    expect((await push(sc, receiver.token, [accepted, forwarded])).body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await sc.forwarder.drainOnce()).toEqual(summary({ failed: 2 }));
    // The whole peer backs off; the items themselves are left exactly as they were.
    const waiting = await sc.db.query<{ state: string; attempts: number; last_error: string | null }>(
      'SELECT state, attempts, last_error FROM forward_queue WHERE case_id = $1',
      [accepted.caseId],
    );
    expect(waiting).toEqual([
      { state: 'ready', attempts: 0, last_error: null },
      { state: 'ready', attempts: 0, last_error: null },
    ]);
    expect(sc.forwarder.peerStatus()).toMatchObject({
      configured: true,
      state: 'backingOff',
      consecutiveFailures: 1,
      lastError: expect.stringMatching(/无法连接对端交换中心/),
    });
    // Backing off: a routine drain leaves them alone.
    expect(await sc.forwarder.drainOnce()).toEqual(summary({}));

    cq = await startTestHub('50', cqDatabase.config, { forwarding: MANUAL, peerUrl: sc.url, port: cqPort });
    // Same database after the restart: the old token works and the old feed is there.
    expect(ids(await allChanges(cq, handler.token))).toEqual(before);

    expect(await sc.forwarder.drainOnce({ ignoreBackoff: true })).toEqual(summary({ applied: 2 }));
    expect(ids(await allChanges(cq, handler.token))).toEqual([...before, accepted.id, forwarded.id]);
    expect(sc.forwarder.peerStatus()).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
  });

  it('forwards by itself, without anyone calling drainOnce', async () => {
    let delivered: () => void = () => undefined;
    const deliveredOnce = new Promise<void>((resolve) => (delivered = resolve));
    const forwarder = startForwarder({
      db: sc.db,
      lease: ownLease(sc.db),
      peerUrl: () => cq.url,
      peerSecret: PEER_SECRET,
      intervalMs: 50,
      onTick: ({ summary }) => summary.applied > 0 && delivered(),
    });
    try {
      const [accepted] = await newCrossProvinceCase();
      await push(sc, receiver.token, [accepted]);
      await deliveredOnce;
      expect(ids(await allChanges(cq, handler.token))).toContain(accepted.id);
      expect(await sc.db.query('SELECT 1 FROM forward_queue WHERE event_id = $1', [accepted.id])).toEqual([]);
    } finally {
      await forwarder.close();
    }
  });
});
