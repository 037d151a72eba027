/**
 * A batch is taken in one transaction with set-based statements, but each event must get
 * the answer it would get alone: duplicates, ID_CONFLICT, deferral, refusals, a concurrent
 * event refolding its case, an event following one sent just before it in the same batch.
 * The property pushes the same events to two hubs, as batches to one and one event per
 * request to the other, and demands the same answers, the same stored events and the same
 * folded state. Then concurrent batches on one case, on both engines.
 */
import fc from 'fast-check';
import { ulid } from 'ulid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allowedActions, CASE_ACTIONS } from '../../shared/domain/case/allowed-actions';
import type { CaseEvent, UnsealedEvent } from '../../shared/domain/case/case-events';
import { foldCaseLog, mergeEvent, orderCaseLog } from '../../shared/domain/case/case-log';
import { parentFieldsFor, parentsOf } from '../../shared/domain/case/case-parents';
import type { CaseState } from '../../shared/domain/case/case-state';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { sealEvent } from '../../shared/domain/case/event-seal';
import type { HubHandle } from '../../hub/start-hub';
import { samplePayload } from '../unit/lifecycle/lifecycle-fixtures';
import {
  acceptedEvent,
  allChanges,
  createTestDatabase,
  decidedEvent,
  describeEachEngine,
  ENROLLMENT_CODE,
  enroll,
  identityFor,
  newDivision,
  newHall,
  nextEvent,
  push,
  receivedEvent,
  request,
  routingFor,
  startTestHub,
  withdrawnEvent,
  type EnrolledWorkstation,
  type PushResult,
  type TestDatabase,
} from './fixtures';

/** One window's copy of the case and what it has not pushed yet. */
interface Place {
  onA: EnrolledWorkstation;
  onB: EnrolledWorkstation;
  cursor: string;
  events: CaseEvent[];
  state: CaseState | undefined;
  waiting: CaseEvent[];
  outbox: CaseEvent[];
  pushed: CaseEvent[];
}

type Step =
  | { kind: 'act'; place: number; choice: number; rogue: boolean }
  | { kind: 'push'; place: number; pick: number; reversed: boolean; replay: boolean; conflict: boolean }
  | { kind: 'pull'; place: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('act' as const), place: fc.nat(2), choice: fc.nat(20), rogue: fc.nat(4).map((n) => n === 0) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      place: fc.nat(2),
      pick: fc.nat(20),
      reversed: fc.boolean(),
      replay: fc.boolean(),
      conflict: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pull' as const), place: fc.nat(2) }) },
);

describeEachEngine('batch ingest', (engine) => {
  let databases: TestDatabase[] = [];
  let hubA: HubHandle;
  let hubB: HubHandle;

  beforeAll(async () => {
    databases = await Promise.all([createTestDatabase(engine), createTestDatabase(engine)]);
    hubA = await startTestHub('51', databases[0]!.config);
    hubB = await startTestHub('51', databases[1]!.config);
  });
  afterAll(async () => {
    await Promise.allSettled([hubA?.close(), hubB?.close()]);
    await Promise.allSettled(databases.map((database) => database.drop()));
  });

  async function enrollAs(
    hub: HubHandle,
    identity: WorkstationIdentity & { clerk: string },
    workstationId: string,
  ): Promise<EnrolledWorkstation> {
    const result = await request<{ token: string }>(`${hub.url}/v1/enroll`, {
      json: { enrollmentCode: ENROLLMENT_CODE, workstationId, identity },
    });
    if (result.status !== 201) throw new Error(`enroll failed: ${result.status}`);
    return {
      token: result.body.token,
      identity,
      actor: { clerk: identity.clerk, workstationId, province: identity.province, hallCode: identity.hall.code, window: identity.window },
    };
  }

  async function storedEvents(hub: HubHandle, caseId: string): Promise<CaseEvent[]> {
    const rows = await hub.db.query<{ body: CaseEvent }>('SELECT body FROM events WHERE case_id = $1', [caseId]);
    return rows.map((row) => row.body);
  }

  async function storedState(hub: HubHandle, caseId: string): Promise<CaseState | undefined> {
    const [row] = await hub.db.query<{ state: CaseState }>('SELECT state FROM case_routes WHERE case_id = $1', [caseId]);
    return row?.state;
  }

  const statuses = (body: PushResult) => body.results.map((result) => [result.id, result.status, result.code]);

  it('applies an event that follows one sent just before it in the same batch, and defers one sent before its parent', async () => {
    const window = await enroll(hubA, identityFor('51', newHall('510104')));
    const handling = { province: '51' as const, division: newDivision('51') };
    const accepted = await acceptedEvent(window.actor, routingFor(window.identity, handling));
    const withdrawn = await withdrawnEvent(accepted, window.actor);
    const other = await acceptedEvent(window.actor, routingFor(window.identity, handling));
    const otherWithdrawn = await withdrawnEvent(other, window.actor);

    const response = await push(hubA, window.token, [accepted, withdrawn, otherWithdrawn, other]);
    expect(statuses(response.body)).toEqual([
      [accepted.id, 'applied', undefined],
      [withdrawn.id, 'applied', undefined],
      [otherWithdrawn.id, 'deferred', 'MISSING_PARENTS'],
      [other.id, 'applied', undefined],
    ]);
    expect(await storedState(hubA, accepted.caseId)).toEqual(foldCaseLog([accepted, withdrawn]));
    expect(await storedState(hubA, other.caseId)).toEqual(foldCaseLog([other]));
    // Sent again, the deferred one now follows a stored event.
    expect(statuses((await push(hubA, window.token, [otherWithdrawn])).body)).toEqual([[otherWithdrawn.id, 'applied', undefined]]);
  });

  it('merges a concurrent event and then its child from the same batch, refolding the case', async () => {
    const receiver = await enroll(hubA, identityFor('51', newHall('510104')));
    const handlingDivision = newDivision('51');
    const handler = await enroll(hubA, identityFor('51', newHall(handlingDivision)));
    const opening = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '51', division: handlingDivision }));
    const received = await receivedEvent(opening, handler.actor);
    await push(hubA, receiver.token, [opening]);
    await push(hubA, handler.token, [received]);
    await push(hubA, handler.token, [await decidedEvent(received, handler.actor)]);
    // The receiving window had not heard of the decision: it posts the originals, then withdraws.
    const posted = await nextEvent(received, receiver.actor, 'materialsPosted', { carrier: 'EMS', waybillNo: 'EA123456789CN' });
    const withdrawn = await withdrawnEvent(posted, receiver.actor);
    const response = await push(hubA, receiver.token, [posted, withdrawn]);
    expect(statuses(response.body)).toEqual([
      [posted.id, 'applied', undefined],
      [withdrawn.id, 'applied', undefined],
    ]);
    const stored = await storedEvents(hubA, opening.caseId);
    const state = await storedState(hubA, opening.caseId);
    expect(state).toEqual(foldCaseLog(stored));
    expect(state?.status).toBe('decided');
    expect(state?.overruled?.map((item) => item.eventId)).toEqual([withdrawn.id]);
  });

  it('answers duplicate and ID_CONFLICT for an id repeated within one batch', async () => {
    const window = await enroll(hubA, identityFor('51', newHall('510104')));
    const accepted = await acceptedEvent(window.actor, routingFor(window.identity, { province: '51', division: newDivision('51') }));
    const sameIdOtherContent = await sealEvent({ ...withoutHash(await withdrawnEvent(accepted, window.actor)), id: accepted.id });
    const response = await push(hubA, window.token, [accepted, accepted, sameIdOtherContent]);
    expect(response.body.results.map((result) => [result.status, result.code])).toEqual([
      ['applied', undefined],
      ['duplicate', undefined],
      ['rejected', 'ID_CONFLICT'],
    ]);
    expect((await storedEvents(hubA, accepted.caseId)).map((event) => event.id)).toEqual([accepted.id]);
  });

  it('refuses the second of two new cases with one 办件编号 in one batch', async () => {
    const window = await enroll(hubA, identityFor('51', newHall('510104')));
    const routing = routingFor(window.identity, { province: '51', division: newDivision('51') });
    const first = await acceptedEvent(window.actor, routing);
    if (first.type !== 'accepted') throw new Error('unreachable');
    const second = await acceptedEvent(window.actor, routing, { payload: first.payload } as Partial<UnsealedEvent>);
    const response = await push(hubA, window.token, [first, second]);
    expect(response.body.results.map((result) => [result.status, result.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'DUPLICATE_CASE_NUMBER'],
    ]);
    expect(response.body.results[1]?.message).toContain(first.payload.caseNumber);
  });

  it('gives every event of a batch the answer it gets alone, and leaves the same events and state', async () => {
    const receivingHall = newHall('510104', '锦江区政务服务中心');
    const handlingDivision = newDivision('51');
    const handlingHall = newHall(handlingDivision, '青羊区政务服务中心');
    const identities = [
      identityFor('51', receivingHall, '李明'),
      identityFor('51', receivingHall, '赵六'),
      identityFor('51', handlingHall, '王芳'),
    ];
    const stations = await Promise.all(
      identities.map(async (identity) => {
        const id = ulid();
        return { onA: await enrollAs(hubA, identity, id), onB: await enrollAs(hubB, identity, id) };
      }),
    );
    let counter = 0;
    const freshId = () => `01JM${String((counter += 1)).padStart(22, '0')}`;

    const merge = async (place: Place, event: CaseEvent): Promise<boolean> => {
      if (place.events.some((held) => held.id === event.id)) return true;
      const merged = await mergeEvent(place.state, event, async () => place.events);
      if (merged.kind !== 'appended' && merged.kind !== 'reordered') return false;
      place.events.push(event);
      place.state = merged.state;
      return true;
    };

    const pull = async (place: Place, caseId: string) => {
      const changes = await allChanges(hubA, place.onA.token, place.cursor);
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
    };

    /** The same events to both hubs: one batch to A, one request per event to B. */
    const pushBoth = async (place: Place, events: CaseEvent[]) => {
      const batch = await push(hubA, place.onA.token, events);
      const alone: PushResult['results'] = [];
      for (const event of events) alone.push(...(await push(hubB, place.onB.token, [event])).body.results);
      expect(batch.status).toBe(200);
      expect(batch.body.results).toEqual(alone);
      return batch.body.results;
    };

    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 6, maxLength: 30 }), async (steps) => {
        const [first] = stations;
        const opening = await acceptedEvent(
          first!.onA.actor,
          routingFor(first!.onA.identity, { province: '51', division: handlingDivision }),
        );
        const places: Place[] = await Promise.all(
          stations.map(async (station) => ({
            ...station,
            cursor: (await allChanges(hubA, station.onA.token)).at(-1)?.cursor ?? '0',
            events: [],
            state: undefined,
            waiting: [],
            outbox: [],
            pushed: [],
          })),
        );
        await merge(places[0]!, opening);
        places[0]!.outbox.push(opening);

        for (const step of steps) {
          const place = places[step.place]!;
          if (step.kind === 'pull') await pull(place, opening.caseId);
          else if (step.kind === 'act') {
            if (!place.state) continue;
            const offered = step.rogue ? [...CASE_ACTIONS] : allowedActions(place.state, place.onA.actor);
            const type = offered[step.choice % offered.length];
            if (!type) continue;
            const event = await sealEvent({
              id: freshId(),
              caseId: opening.caseId,
              type,
              actor: place.onA.actor,
              at: new Date().toISOString(),
              ...parentFieldsFor(place.state),
              payload: samplePayload(type, false),
            } as UnsealedEvent);
            // A rogue act its own copy refuses is sent anyway (the hub must refuse it too).
            await merge(place, event);
            place.outbox.push(event);
          } else {
            const extra: CaseEvent[] = [];
            const earlier = place.pushed[step.pick % Math.max(place.pushed.length, 1)];
            if (step.replay && earlier) extra.push(earlier);
            if (step.conflict && earlier) extra.push(await sealEvent({ ...withoutHash(earlier), at: new Date(0).toISOString() }));
            const sending = [...(step.reversed ? [...place.outbox].reverse() : place.outbox), ...extra];
            if (sending.length === 0) continue;
            const results = await pushBoth(place, sending);
            const settled = new Set(results.filter((result) => result.status !== 'deferred').map((result) => result.id));
            place.pushed.push(...place.outbox.filter((event) => settled.has(event.id)));
            place.outbox = place.outbox.filter((event) => !settled.has(event.id));
          }
        }
        // Everyone reconnects until nothing is left to send.
        for (let round = 0; round < 4; round += 1) {
          for (const place of places) {
            if (place.outbox.length === 0) continue;
            const results = await pushBoth(place, place.outbox);
            const settled = new Set(results.filter((result) => result.status !== 'deferred').map((result) => result.id));
            place.outbox = place.outbox.filter((event) => !settled.has(event.id));
          }
          for (const place of places) await pull(place, opening.caseId);
        }
        const atA = await storedEvents(hubA, opening.caseId);
        const atB = await storedEvents(hubB, opening.caseId);
        expect(orderCaseLog(atA).map((event) => event.id)).toEqual(orderCaseLog(atB).map((event) => event.id));
        const state = await storedState(hubA, opening.caseId);
        expect(state).toEqual(foldCaseLog(atA));
        expect(await storedState(hubB, opening.caseId)).toEqual(state);
      }),
      { numRuns: 10 },
    );
  });

  it('takes concurrent batches on one case: each event once, the fold of what is stored, parents first in the feed', async () => {
    const receiver = await enroll(hubA, identityFor('51', newHall('510104')));
    const handlingDivision = newDivision('51');
    const handler = await enroll(hubA, identityFor('51', newHall(handlingDivision)));
    const opening = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '51', division: handlingDivision }));
    expect(statuses((await push(hubA, receiver.token, [opening])).body)).toEqual([[opening.id, 'applied', undefined]]);
    // Both sides act at once without knowing of each other, each sending its batch many times.
    const received = await receivedEvent(opening, handler.actor);
    const decided = await decidedEvent(received, handler.actor);
    const withdrawn = await withdrawnEvent(opening, receiver.actor);
    const copies = 6;
    const sends = [
      ...Array.from({ length: copies }, () => push(hubA, handler.token, [received, decided])),
      ...Array.from({ length: copies }, () => push(hubA, receiver.token, [withdrawn])),
    ];
    const responses = await Promise.all(sends);
    for (const response of responses) {
      expect(response.status).toBe(200);
      for (const result of response.body.results) expect(['applied', 'duplicate']).toContain(result.status);
    }
    const appliedCount = (id: string) =>
      responses.flatMap((response) => response.body.results).filter((result) => result.id === id && result.status === 'applied').length;
    for (const event of [received, decided, withdrawn]) expect(appliedCount(event.id)).toBe(1);

    const stored = await storedEvents(hubA, opening.caseId);
    expect(stored.map((event) => event.id).sort()).toEqual([opening.id, received.id, decided.id, withdrawn.id].sort());
    expect(await storedState(hubA, opening.caseId)).toEqual(foldCaseLog(stored));
    const seqRows = await hubA.db.query<{ event_id: string; seq: string }>(
      'SELECT event_id, seq::text AS seq FROM feed WHERE case_id = $1',
      [opening.caseId],
    );
    const seqOf = new Map(seqRows.map((row) => [row.event_id, BigInt(row.seq)]));
    const byHash = new Map(stored.map((event) => [event.hash, event]));
    for (const event of stored) {
      for (const parent of parentsOf(event)) expect(seqOf.get(event.id)! > seqOf.get(byHash.get(parent)!.id)!).toBe(true);
    }
  });
});

function withoutHash(event: CaseEvent): UnsealedEvent {
  const { hash: _hash, ...rest } = event;
  return rest as UnsealedEvent;
}
