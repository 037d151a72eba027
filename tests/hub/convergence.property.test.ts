/**
 * Convergence through two real hubs, as a property (fast-check). Two windows of a 成都 hall
 * and two officers of a 渝中 hall act on one cross-province case from their own copies, and
 * at random moments push, pull, or let a hub forward to the other — anything not done is an
 * offline period of that place or of the link. Then everything reconnects. Whatever the
 * interleaving: both hubs hold the same events and the same folded state, equal to the fold
 * of those events, every workstation's copy equals it, and no honest event was refused.
 * A failing run prints its seed and path for replay.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allowedActions } from '../../shared/domain/case/allowed-actions';
import type { CaseEvent, CaseEventType, UnsealedEvent } from '../../shared/domain/case/case-events';
import { foldCaseLog, mergeEvent, orderCaseLog } from '../../shared/domain/case/case-log';
import { parentFieldsFor } from '../../shared/domain/case/case-parents';
import type { CaseState } from '../../shared/domain/case/case-state';
import { sealEvent } from '../../shared/domain/case/event-seal';
import type { HubHandle } from '../../hub/start-hub';
import { samplePayload } from '../unit/lifecycle/lifecycle-fixtures';
import {
  acceptedEvent,
  allChanges,
  createTestDatabase,
  describeEachEngine,
  enroll,
  forwardedEvent,
  identityFor,
  newHall,
  push,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';

const 渝中 = '500103';
const MANUAL = { automatic: false, backoff: { baseMs: 60_000, maxMs: 120_000 } };

/** One workstation: its enrollment, its hub, and its copy of the case. */
interface Place {
  station: EnrolledWorkstation;
  hub: () => HubHandle;
  cursor: string;
  events: CaseEvent[];
  state: CaseState | undefined;
  /** Pulled events whose parents this copy does not hold yet. */
  waiting: CaseEvent[];
  /** Own events the hub has not acknowledged. */
  outbox: CaseEvent[];
}

type Step =
  | { kind: 'act'; place: number; choice: number; approve: boolean }
  | { kind: 'push'; place: number }
  | { kind: 'pull'; place: number }
  | { kind: 'forward'; from: 'sc' | 'cq' };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('act' as const), place: fc.nat(3), choice: fc.nat(20), approve: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('push' as const), place: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pull' as const), place: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forward' as const), from: fc.constantFrom('sc' as const, 'cq' as const) }) },
);

describeEachEngine('convergence through two hubs', (engine) => {
  let databases: TestDatabase[] = [];
  let sc: HubHandle;
  let cq: HubHandle;
  let stations: EnrolledWorkstation[] = [];

  beforeAll(async () => {
    databases = await Promise.all([createTestDatabase(engine), createTestDatabase(engine)]);
    const [scDb, cqDb] = databases as [TestDatabase, TestDatabase];
    cq = await startTestHub('50', cqDb.config, { forwarding: MANUAL, peerUrl: () => sc?.url });
    sc = await startTestHub('51', scDb.config, { forwarding: MANUAL, peerUrl: cq.url });
    const 锦江 = newHall('510104', '锦江区政务服务中心');
    const 渝中大厅 = newHall(渝中, '渝中区政务服务中心');
    stations = [
      await enroll(sc, identityFor('51', 锦江, '李明')),
      await enroll(sc, identityFor('51', 锦江, '赵六')),
      await enroll(cq, identityFor('50', 渝中大厅, '王芳')),
      await enroll(cq, identityFor('50', 渝中大厅, '钱七')),
    ];
  });
  afterAll(async () => {
    await Promise.allSettled([sc?.close(), cq?.close()]);
    await Promise.allSettled(databases.map((database) => database.drop()));
  });

  async function merge(place: Place, event: CaseEvent): Promise<boolean> {
    if (place.events.some((held) => held.id === event.id)) return true;
    const merged = await mergeEvent(place.state, event, async () => place.events);
    if (merged.kind === 'missingParents') return false;
    if (merged.kind === 'rejected') throw new Error(`a copy refused ${event.type}: ${merged.code} ${merged.message}`);
    place.events.push(event);
    place.state = merged.state;
    return true;
  }

  async function pull(place: Place, caseId: string): Promise<void> {
    const changes = await allChanges(place.hub(), place.station.token, place.cursor);
    place.cursor = changes.at(-1)?.cursor ?? place.cursor;
    place.waiting.push(...changes.map((change) => change.event).filter((event) => event.caseId === caseId));
    for (let progress = true; progress;) {
      progress = false;
      for (const event of [...place.waiting]) {
        if (await merge(place, event)) {
          place.waiting = place.waiting.filter((item) => item.id !== event.id);
          progress = true;
        }
      }
    }
  }

  async function pushOutbox(place: Place): Promise<void> {
    if (place.outbox.length === 0) return;
    const response = await push(place.hub(), place.station.token, place.outbox);
    expect(response.status).toBe(200);
    for (const result of response.body.results) {
      if (result.status === 'rejected') throw new Error(`hub refused an honest event: ${result.code} ${result.message}`);
      if (result.status !== 'deferred') place.outbox = place.outbox.filter((event) => event.id !== result.id);
    }
  }

  let counter = 0;
  /** The place takes one of the acts its copy allows; false when it has none. */
  async function act(place: Place, step: Extract<Step, { kind: 'act' }>, caseId: string): Promise<boolean> {
    if (!place.state) return false;
    const offered = allowedActions(place.state, place.station.actor);
    if (offered.length === 0) return false;
    const type = offered[step.choice % offered.length] as CaseEventType;
    counter += 1;
    const payload =
      type === 'decided' && !step.approve
        ? { outcome: 'denied', opinion: '不予', reasons: '不符', legalBasis: '某条' }
        : samplePayload(type, false);
    const event = await sealEvent({
      id: `01JK${String(counter).padStart(22, '0')}`,
      caseId,
      type,
      actor: place.station.actor,
      at: new Date().toISOString(),
      ...parentFieldsFor(place.state),
      payload,
    } as UnsealedEvent);
    expect(await merge(place, event)).toBe(true);
    place.outbox.push(event);
    return true;
  }

  /** Everyone reconnects: push, forward both ways, pull, until nothing moves. */
  async function reconnect(places: readonly Place[], caseId: string): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      for (const place of places) await pushOutbox(place);
      await sc.forwarder.drainOnce({ ignoreBackoff: true });
      await cq.forwarder.drainOnce({ ignoreBackoff: true });
      for (const place of places) await pull(place, caseId);
    }
  }

  async function hubState(hub: HubHandle, caseId: string): Promise<{ state: CaseState; events: CaseEvent[] }> {
    const [route] = await hub.db.query<{ state: CaseState }>('SELECT state FROM case_routes WHERE case_id = $1', [caseId]);
    const rows = await hub.db.query<{ body: CaseEvent }>('SELECT body FROM events WHERE case_id = $1', [caseId]);
    if (!route) throw new Error('the hub does not hold the case');
    return { state: route.state, events: rows.map((row) => row.body) };
  }

  it('both hubs and every workstation end with the same history and state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 5, maxLength: 30 }), async (steps) => {
        const [first, ...others] = stations as [EnrolledWorkstation, ...EnrolledWorkstation[]];
        const opening = await acceptedEvent(first.actor, routingFor(first.identity, { province: '50', division: 渝中 }));
        const start = [opening, await forwardedEvent(opening, first.actor, '50')];
        const hubOf = (station: EnrolledWorkstation) => (station.identity.province === '51' ? () => sc : () => cq);
        // Each run starts reading its hubs' feeds at their current end: earlier runs' cases are not this run's.
        const places: Place[] = [
          {
            station: first,
            hub: hubOf(first),
            cursor: await endOf(hubOf(first)(), first),
            events: [...start],
            state: foldCaseLog(start),
            waiting: [],
            outbox: [...start],
          },
          ...(await Promise.all(
            others.map(
              async (station) =>
                ({
                  station,
                  hub: hubOf(station),
                  cursor: await endOf(hubOf(station)(), station),
                  events: [],
                  state: undefined,
                  waiting: [],
                  outbox: [],
                }) as Place,
            ),
          )),
        ];
        // Every place learns of the case before anyone else acts, so their acts can collide.
        await pushOutbox(places[0] as Place);
        await sc.forwarder.drainOnce({ ignoreBackoff: true });
        for (const place of places) await pull(place, opening.caseId);
        for (const step of steps) {
          if (step.kind === 'forward') await (step.from === 'sc' ? sc : cq).forwarder.drainOnce({ ignoreBackoff: true });
          else if (step.kind === 'push') await pushOutbox(places[step.place] as Place);
          else if (step.kind === 'pull') await pull(places[step.place] as Place, opening.caseId);
          else {
            await act(places[step.place] as Place, step, opening.caseId);
          }
        }
        await reconnect(places, opening.caseId);
        // One more act where every branch is known: it must join them all.
        for (const [index, place] of places.entries()) {
          if (await act(place, { kind: 'act', place: index, choice: 0, approve: true }, opening.caseId)) break;
        }
        await reconnect(places, opening.caseId);
        const atSc = await hubState(sc, opening.caseId);
        const atCq = await hubState(cq, opening.caseId);
        const byId = (events: CaseEvent[]) => orderCaseLog(events).map((event) => event.id);
        expect(byId(atCq.events)).toEqual(byId(atSc.events));
        expect(atSc.state).toEqual(foldCaseLog(atSc.events));
        expect(atCq.state).toEqual(atSc.state);
        for (const place of places) {
          expect(place.outbox).toEqual([]);
          expect(place.waiting).toEqual([]);
          expect(place.state).toEqual(atSc.state);
        }
      }),
      { numRuns: 15 },
    );
  });
});

async function endOf(hub: HubHandle, station: EnrolledWorkstation): Promise<string> {
  return (await allChanges(hub, station.token)).at(-1)?.cursor ?? '0';
}
