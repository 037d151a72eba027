/**
 * POST /v1/events:push: what a window's sync worker sees when it drains its outbox.
 * Each test uses its own halls, so tests sharing the suite's hub never see each other.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { sealEvent } from '../../shared/domain/case/event-seal';
import { MAX_PUSH_BATCH } from '../../shared/sync/protocol';
import type { HubHandle } from '../../hub/start-hub';
import { ingestBatch } from '../../hub/store/ingest-batch';
import {
  acceptedEvent,
  countRows,
  createTestDatabase,
  decidedEvent,
  describeEachEngine,
  enroll,
  forwardedEvent,
  withdrawnEvent,
  identityFor,
  newHall,
  push,
  request,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';

const 锦江 = '510104';
const 青羊 = '510105';

describeEachEngine('pushing events', (engine) => {
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

  /** A receiving window in 锦江 and a case of it handled in 青羊 (same province). */
  async function receivingWindow(): Promise<{ window: EnrolledWorkstation; accepted: CaseEvent }> {
    const window = await enroll(hub, identityFor('51', newHall(锦江)));
    const accepted = await acceptedEvent(window.actor, routingFor(window.identity, { province: '51', division: 青羊 }));
    return { window, accepted };
  }

  async function storedEventIds(caseId: string): Promise<string[]> {
    const rows = await hub.db.query<{ id: string }>('SELECT id FROM events WHERE case_id = $1 ORDER BY id', [caseId]);
    return rows.map((row) => row.id);
  }

  it('applies a new case and stores event, case state and feed entry', async () => {
    const { window, accepted } = await receivingWindow();
    const response = await push(hub, window.token, [accepted]);
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([{ id: accepted.id, status: 'applied' }]);

    const [stored] = await hub.db.query<{ origin: string; body: CaseEvent; workstation_id: string }>(
      'SELECT origin, body, workstation_id FROM events WHERE id = $1',
      [accepted.id],
    );
    expect(stored).toMatchObject({ origin: 'local', workstation_id: window.actor.workstationId });
    expect(stored?.body.hash).toBe(accepted.hash);
    const [route] = await hub.db.query<{ receiving_hall: string; handling_division: string; state: { status: string } }>(
      'SELECT receiving_hall, handling_division, state FROM case_routes WHERE case_id = $1',
      [accepted.caseId],
    );
    expect(route).toMatchObject({ receiving_hall: window.actor.hallCode, handling_division: 青羊, state: { status: 'accepted' } });
    const feed = await hub.db.query('SELECT 1 FROM feed WHERE event_id = $1', [accepted.id]);
    expect(feed).toHaveLength(1);
  });

  it('answers duplicate to a replayed batch and writes nothing more', async () => {
    const { window, accepted } = await receivingWindow();
    const forwarded = await withdrawnEvent(accepted, window.actor);
    expect((await push(hub, window.token, [accepted, forwarded])).body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const [events, feed] = [await countRows(hub, 'events'), await countRows(hub, 'feed')];

    const replay = await push(hub, window.token, [accepted, forwarded]);
    expect(replay.body.results).toEqual([
      { id: accepted.id, status: 'duplicate' },
      { id: forwarded.id, status: 'duplicate' },
    ]);
    expect(await countRows(hub, 'events')).toBe(events);
    expect(await countRows(hub, 'feed')).toBe(feed);
  });

  it('applies the same event once when several copies race with it', async () => {
    // A sync worker retrying while its first request is still running, many times over.
    // Straight into the store, so the copies really overlap in the database.
    const copies = 8;
    const { window, accepted } = await receivingWindow();
    const workstation = { id: window.actor.workstationId, province: '51', hallCode: window.actor.hallCode, division: 锦江 } as const;
    const origin = { kind: 'local', workstation } as const;
    const race = async (event: CaseEvent) => {
      // Open enough pooled connections first: a copy waiting for a new connection would
      // start after the first had already committed, and nothing would race.
      await Promise.all(Array.from({ length: copies }, () => hub.db.transaction((tx) => tx.query('SELECT pg_sleep(0.02)'))));
      const outcomes = await Promise.all(Array.from({ length: copies }, () => ingestBatch(hub.db, [event], origin)));
      return outcomes.map(({ results }) => results[0]?.status).sort();
    };
    const expected = ['applied', ...Array<string>(copies - 1).fill('duplicate')];
    expect(await race(accepted)).toEqual(expected);
    const forwarded = await withdrawnEvent(accepted, window.actor);
    expect(await race(forwarded)).toEqual(expected);
    expect(await storedEventIds(accepted.caseId)).toEqual([accepted.id, forwarded.id].sort());
  });

  it('rejects a transition by the wrong side with its code, and writes nothing', async () => {
    const { window, accepted } = await receivingWindow();
    await push(hub, window.token, [accepted]);
    // A 青羊 window is the handling side of this case: it may not forward it (the receiving
    // side's job), nor decide before it was forwarded; the receiving window may not decide.
    const other = await enroll(hub, identityFor('51', newHall(青羊)));
    const forwardedByOther = await forwardedEvent(accepted, other.actor, '51');
    const decidedTooEarly = await decidedEvent(accepted, other.actor);
    const decidedByReceiver = await decidedEvent(accepted, window.actor);
    const feedBefore = await countRows(hub, 'feed');

    const response = await push(hub, other.token, [forwardedByOther, decidedTooEarly]);
    expect(response.body.results).toMatchObject([
      { id: forwardedByOther.id, status: 'rejected', code: 'WRONG_SIDE' },
      { id: decidedTooEarly.id, status: 'rejected', code: 'BAD_TRANSITION' },
    ]);
    expect(response.body.results[0]?.message).toMatch(/收件地/);
    const byReceiver = await push(hub, window.token, [decidedByReceiver]);
    expect(byReceiver.body.results[0]).toMatchObject({ status: 'rejected', code: 'WRONG_SIDE' });

    expect(await storedEventIds(accepted.caseId)).toEqual([accepted.id]);
    expect(await countRows(hub, 'feed')).toBe(feedBefore);
    const [route] = await hub.db.query<{ state: { status: string; eventCount: number } }>(
      'SELECT state FROM case_routes WHERE case_id = $1',
      [accepted.caseId],
    );
    expect(route?.state).toMatchObject({ status: 'accepted', eventCount: 1 });
  });

  it('rejects tampered, foreign-actor and broken-chain events without blocking the rest of the batch', async () => {
    const { window, accepted } = await receivingWindow();
    const other = await enroll(hub, identityFor('51', newHall(锦江)));
    const tampered = { ...accepted, at: new Date(0).toISOString() };
    const someoneElses = await acceptedEvent(other.actor, routingFor(other.identity, { province: '51', division: 青羊 }));
    const wrongHall = await acceptedEvent(
      { ...window.actor, hallCode: other.actor.hallCode },
      routingFor(other.identity, { province: '51', division: 青羊 }),
    );
    const orphan = await withdrawnEvent({ ...accepted, caseId: accepted.id }, window.actor);
    const forwarded = await withdrawnEvent(accepted, window.actor);
    const outOfChain = await decidedEvent({ ...accepted, hash: 'f'.repeat(64) }, window.actor);

    const response = await push(hub, window.token, [tampered, someoneElses, wrongHall, accepted, orphan, outOfChain, forwarded]);
    expect(response.status).toBe(200);
    expect(response.body.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'BAD_HASH'],
      ['rejected', 'ACTOR_MISMATCH'],
      ['rejected', 'ACTOR_MISMATCH'],
      ['applied', undefined],
      ['deferred', 'MISSING_PARENTS'],
      ['deferred', 'MISSING_PARENTS'],
      ['applied', undefined],
    ]);
    for (const result of response.body.results.filter((r) => r.status !== 'applied')) {
      expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await storedEventIds(accepted.caseId)).toEqual([accepted.id, forwarded.id].sort());
    expect(await storedEventIds(someoneElses.caseId)).toEqual([]);
  });

  it('rejects a new case whose routing contradicts the accepting hall', async () => {
    const window = await enroll(hub, identityFor('51', newHall(锦江)));
    const routing = routingFor(window.identity, { province: '51', division: 青羊 });
    const badDivision = await acceptedEvent(window.actor, { ...routing, receiving: { ...routing.receiving, division: 青羊 } });
    const badHandling = await acceptedEvent(window.actor, { ...routing, handling: { ...routing.handling, division: '500103' } });
    const response = await push(hub, window.token, [badDivision, badHandling]);
    expect(response.body.results).toMatchObject([
      { status: 'rejected', code: 'BAD_ROUTING' },
      { status: 'rejected', code: 'BAD_ROUTING' },
    ]);
    expect(await storedEventIds(badDivision.caseId)).toEqual([]);
  });

  it('checks the routing of a case opened by 一次性告知 or 不予受理 too', async () => {
    const window = await enroll(hub, identityFor('51', newHall(锦江)));
    const routing = routingFor(window.identity, { province: '51', division: 青羊 });
    const badRouting = { ...routing, receiving: { ...routing.receiving, division: 青羊 } };
    const notified = await reopenedAs('notified', await acceptedEvent(window.actor, badRouting));
    const refused = await reopenedAs('refused', await acceptedEvent(window.actor, badRouting));
    const response = await push(hub, window.token, [notified, refused]);
    expect(response.body.results).toMatchObject([
      { status: 'rejected', code: 'BAD_ROUTING' },
      { status: 'rejected', code: 'BAD_ROUTING' },
    ]);
    expect(await storedEventIds(notified.caseId)).toEqual([]);
  });

  it('answers ID_CONFLICT when an event id is reused for different content', async () => {
    const { window, accepted } = await receivingWindow();
    await push(hub, window.token, [accepted]);
    const impostor = await forwardedEvent(accepted, window.actor, '51');
    const { hash: _hash, ...unsealed } = { ...impostor, id: accepted.id };
    const sealed = await sealEvent(unsealed);
    const response = await push(hub, window.token, [sealed]);
    expect(response.body.results[0]).toMatchObject({ status: 'rejected', code: 'ID_CONFLICT' });
  });

  it('applies an event from a workstation with a wrong clock but flags the skew', async () => {
    const window = await enroll(hub, identityFor('51', newHall(锦江)));
    const routing = routingFor(window.identity, { province: '51', division: 青羊 });
    const inAnHour = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const skewed = await acceptedEvent(window.actor, routing, { at: inAnHour });
    const punctual = await acceptedEvent(window.actor, routing);
    const response = await push(hub, window.token, [skewed, punctual]);
    expect(response.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    const rows = await hub.db.query<{ id: string; clock_skewed: boolean; clock_skew_ms: string }>(
      'SELECT id, clock_skewed, clock_skew_ms::text AS clock_skew_ms FROM events WHERE id IN ($1, $2)',
      [skewed.id, punctual.id],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(skewed.id)?.clock_skewed).toBe(true);
    expect(Number(byId.get(skewed.id)?.clock_skew_ms)).toBeGreaterThan(59 * 60 * 1000);
    expect(byId.get(punctual.id)?.clock_skewed).toBe(false);
  });

  it('does not queue same-province cases for the peer hub', async () => {
    const { window, accepted } = await receivingWindow();
    await push(hub, window.token, [accepted]);
    expect(await hub.db.query('SELECT 1 FROM forward_queue WHERE event_id = $1', [accepted.id])).toHaveLength(0);
  });

  it('queues cross-province cases for the peer hub in feed order', async () => {
    const window = await enroll(hub, identityFor('51', newHall(锦江)));
    const accepted = await acceptedEvent(window.actor, routingFor(window.identity, { province: '50', division: '500103' }));
    const forwarded = await forwardedEvent(accepted, window.actor, '50');
    await push(hub, window.token, [accepted, forwarded]);
    const queued = await hub.db.query<{ event_id: string; seq: string }>(
      `SELECT q.event_id, q.seq::text AS seq FROM forward_queue q JOIN feed f ON f.event_id = q.event_id AND f.seq = q.seq
       WHERE q.case_id = $1 ORDER BY q.seq`,
      [accepted.caseId],
    );
    expect(queued.map((row) => row.event_id)).toEqual([accepted.id, forwarded.id]);
  });

  it('keeps answering health checks while it works through full batches', async () => {
    // A batch is one transaction: the hub is between batches (and between their statements)
    // often enough that a health check does not wait for the whole push to finish.
    const window = await enroll(hub, identityFor('51', newHall(锦江)));
    const routing = routingFor(window.identity, { province: '51', division: 青羊 });
    const batches: CaseEvent[][] = [];
    for (let batch = 0; batch < 4; batch += 1) {
      const events = [];
      for (let i = 0; i < MAX_PUSH_BATCH; i += 1) events.push(await acceptedEvent(window.actor, routing));
      batches.push(events);
    }

    let pushDone = false;
    const pushing = (async () => {
      const responses = [];
      for (const events of batches) responses.push(await push(hub, window.token, events));
      pushDone = true;
      return responses;
    })();
    // Wait until the hub has committed the first batch, then ask for health.
    while ((await hub.db.query('SELECT 1 FROM events WHERE id = $1', [batches[0]![0]!.id])).length === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const health = await request(`${hub.url}/v1/health`);
    expect(health.status).toBe(200);
    expect(pushDone).toBe(false);
    for (const response of await pushing) expect(response.body.results.every((result) => result.status === 'applied')).toBe(true);
  });
});

/** The same opening as an accepted event, but as a 一次性告知 or an on-the-spot 不予受理. */
async function reopenedAs(type: 'notified' | 'refused', accepted: CaseEvent): Promise<CaseEvent> {
  if (accepted.type !== 'accepted') throw new Error('an accepted event is needed');
  const { hash: _hash, type: _type, payload, ...rest } = accepted;
  const { promisedDate: _promised, ...header } = payload;
  return type === 'notified'
    ? sealEvent({ ...rest, type, payload: { ...header, missing: [{ name: '申请表', requirement: '原件1份' }], reason: '材料不齐' } })
    : sealEvent({
        ...rest,
        type,
        payload: {
          ground: 'notCompliant',
          reason: '不符合受理条件',
          legalBasis: '《中华人民共和国行政许可法》第三十二条第一款',
          remedies: {
            reconsiderationBody: '成都市锦江区人民政府',
            reconsiderationDays: 60,
            litigationCourt: '成都市锦江区人民法院',
            litigationMonths: 6,
          },
          opening: header,
        },
      });
}
