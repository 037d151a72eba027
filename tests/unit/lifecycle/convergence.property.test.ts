/**
 * Convergence, as a property: four places (two windows of the receiving hall, two officers
 * of the handling county) act on one case from their own copies, exchange events in random
 * pairs at random times, and finally all exchange everything. Whatever the interleaving,
 * every copy ends with the same state, equal to the fold of all events; no honest event is
 * ever refused on arrival. A failing run prints its seed for replay (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../../shared/domain/case/allowed-actions';
import type { Actor, CaseEvent, CaseEventType, UnsealedEvent } from '../../../shared/domain/case/case-events';
import { foldCaseLog, mergeEvent, orderCaseLog } from '../../../shared/domain/case/case-log';
import { parentFieldsFor } from '../../../shared/domain/case/case-parents';
import type { CaseState } from '../../../shared/domain/case/case-state';
import { sealEvent } from '../../../shared/domain/case/event-seal';
import { CASE_ID, HANDLER, PATHS, RECEIVER, buildLog, samplePayload } from './lifecycle-fixtures';

const PLACES: readonly Actor[] = [
  RECEIVER,
  { ...RECEIVER, workstationId: '01JD00000000000000000000W2', window: '4', clerk: '赵六' },
  HANDLER,
  { ...HANDLER, workstationId: '01JD00000000000000000000H2', window: '6', clerk: '钱七' },
];

interface Replica {
  events: CaseEvent[];
  state: CaseState;
}

type Step = { kind: 'act'; place: number; choice: number; approve: boolean } | { kind: 'sync'; from: number; to: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('act' as const), place: fc.nat(3), choice: fc.nat(20), approve: fc.boolean() }),
  fc.record({ kind: fc.constant('sync' as const), from: fc.nat(3), to: fc.nat(3) }),
);

async function merge(replica: Replica, event: CaseEvent): Promise<void> {
  if (replica.events.some((held) => held.id === event.id)) return;
  const merged = await mergeEvent(replica.state, event, async () => replica.events);
  if (merged.kind !== 'appended' && merged.kind !== 'reordered')
    throw new Error(`${event.type} from ${event.actor.clerk}: ${JSON.stringify(merged)}`);
  replica.events.push(event);
  replica.state = merged.state;
}

/** Sends everything `from` holds to `to`, parents first (its fold order). */
async function exchange(from: Replica, to: Replica): Promise<void> {
  for (const event of orderCaseLog(from.events)) await merge(to, event);
}

async function run(start: readonly CaseEvent[], steps: readonly Step[]): Promise<Replica[]> {
  const replicas: Replica[] = PLACES.map(() => ({ events: [...start], state: foldCaseLog(start) }));
  let counter = 0;
  for (const step of steps) {
    if (step.kind === 'sync') {
      await exchange(replicas[step.from] as Replica, replicas[step.to] as Replica);
      continue;
    }
    const replica = replicas[step.place] as Replica;
    const actor = PLACES[step.place] as Actor;
    const offered = allowedActions(replica.state, actor);
    if (offered.length === 0) continue;
    const type = offered[step.choice % offered.length] as CaseEventType;
    counter += 1;
    const payload =
      type === 'decided' && !step.approve
        ? { outcome: 'denied', opinion: '不予', reasons: '不符', legalBasis: '某条' }
        : samplePayload(type, false);
    const event = await sealEvent({
      id: `01JF${String(counter).padStart(22, '0')}`,
      caseId: CASE_ID,
      type,
      actor,
      at: '2026-12-01T02:00:00.000Z',
      ...parentFieldsFor(replica.state),
      payload,
    } as UnsealedEvent);
    await merge(replica, event);
  }
  for (const from of replicas) for (const to of replicas) await exchange(from, to);
  return replicas;
}

describe('convergence of concurrent acts', () => {
  for (const startAt of ['forwarded', 'notified'] as const) {
    it(`every copy ends equal to the fold of all events (from ${startAt})`, async () => {
      const start = await buildLog(PATHS[startAt] ?? []);
      await fc.assert(
        fc.asyncProperty(fc.array(stepArbitrary, { maxLength: 40 }), async (steps) => {
          const replicas = await run(start, steps);
          const all = (replicas[0] as Replica).events;
          const expected = foldCaseLog(all);
          for (const replica of replicas) {
            expect(replica.events.length).toBe(all.length);
            expect(replica.state).toEqual(expected);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
