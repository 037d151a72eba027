/**
 * Every row of the conflict table (shared/domain/case/case-conflicts.ts) against the real merge:
 * two places act on the same state without knowing of each other, the events reach a
 * replica in either order, and the outcome is the row's — the same in both orders.
 */
import { describe, expect, it } from 'vitest';
import { CONFLICT_RULES, conflictNotice, type ConflictRule } from '../../../shared/domain/case/case-conflicts';
import type { Actor, CaseEvent, CaseEventType, PayloadOf, UnsealedEvent } from '../../../shared/domain/case/case-events';
import { mergeEvent } from '../../../shared/domain/case/case-log';
import { parentFieldsFor } from '../../../shared/domain/case/case-parents';
import type { CaseState, CaseStatus } from '../../../shared/domain/case/case-state';
import { TRANSITION_RULES } from '../../../shared/domain/case/case-transitions';
import { sealEvent } from '../../../shared/domain/case/event-seal';
import { CASE_ID, HANDLER, RECEIVER, samplePayload, stateAt } from './lifecycle-fixtures';

/** A second window of the receiving hall and a second officer of the handling county. */
const RECEIVER_2: Actor = { ...RECEIVER, workstationId: '01JD00000000000000000000W2', window: '4', clerk: '赵六' };
const HANDLER_2: Actor = { ...HANDLER, workstationId: '01JD00000000000000000000H2', window: '6', clerk: '钱七' };

/** The status both acts start from: one where each is allowed to its own side. */
/** A status, or a fixture path that is not one (lifecycle-fixtures.ts PATHS: 'supervised', 'badlyRated'). */
const BASE: Partial<Record<CaseEventType, Partial<Record<CaseEventType, CaseStatus | 'supervised' | 'badlyRated'>>>> = {
  decided: {
    withdrawn: 'received',
    materialsPosted: 'received',
    decided: 'received',
    supervisionIssued: 'received',
    specialProcedureStarted: 'received',
    supplementSubmitted: 'supplementRequested',
    supplementRequested: 'received',
  },
  received: { withdrawn: 'forwarded', materialsPosted: 'forwarded', received: 'forwarded' },
  specialProcedureStarted: { withdrawn: 'received', materialsPosted: 'received', decided: 'received' },
  specialProcedureEnded: { withdrawn: 'specialProcedure', materialsPosted: 'specialProcedure' },
  resultIssued: { materialsPosted: 'decided', rated: 'decided' },
  withdrawn: { withdrawn: 'forwarded', materialsPosted: 'forwarded', supervisionIssued: 'forwarded' },
  materialsPosted: { withdrawn: 'forwarded', materialsPosted: 'forwarded' },
  rated: { rated: 'decided' },
  supplementRequested: { withdrawn: 'received', materialsPosted: 'received', supplementRequested: 'received', decided: 'received' },
  supplementSubmitted: { supplementSubmitted: 'supplementRequested' },
  resultHandedOver: { resultHandedOver: 'resultIssued' },
  reassigned: { reassigned: 'received' },
  supervisionAnswered: { supervisionAnswered: 'supervised' },
  reviewFollowedUp: { reviewFollowedUp: 'badlyRated' },
  supervisionIssued: { withdrawn: 'received' },
};

function actorsFor(rule: ConflictRule): [Actor, Actor] {
  const pick = (type: CaseEventType, second: boolean) => {
    const { by } = TRANSITION_RULES[type];
    const payload = samplePayload(type, false);
    const receiving = by === 'namedSide' ? 'side' in payload && payload.side === 'receiving' : by === 'receiving';
    if (rule.sides === 'across') return receiving ? RECEIVER : HANDLER;
    return receiving ? (second ? RECEIVER_2 : RECEIVER) : second ? HANDLER_2 : HANDLER;
  };
  return [pick(rule.first, false), pick(rule.second, true)];
}

function sealOn<T extends CaseEventType>(state: CaseState, id: string, type: T, actor: Actor, payload: PayloadOf<T>): Promise<CaseEvent> {
  return sealEvent({
    id,
    caseId: CASE_ID,
    type,
    actor,
    at: '2026-12-01T02:00:00.000Z',
    ...parentFieldsFor(state),
    payload,
  } as UnsealedEvent);
}

/** Merges `arrivals` one by one into `log`, as a hub or workstation would. */
async function replay(log: readonly CaseEvent[], start: CaseState, arrivals: readonly CaseEvent[]): Promise<CaseState> {
  const held = [...log];
  let state = start;
  for (const event of arrivals) {
    const merged = await mergeEvent(state, event, async () => held);
    if (merged.kind !== 'appended' && merged.kind !== 'reordered') throw new Error(`${merged.kind}: ${JSON.stringify(merged)}`);
    held.push(event);
    state = merged.state;
  }
  return state;
}

describe('conflict rules: concurrent acts converge as the table says', () => {
  it.each(CONFLICT_RULES.map((rule) => [`${rule.first} ∥ ${rule.second} (${rule.sides}): ${rule.outcome}`, rule] as const))(
    '%s',
    async (_title, rule) => {
      const status = BASE[rule.first]?.[rule.second];
      if (!status) throw new Error(`no base status for ${rule.first} ∥ ${rule.second}`);
      const { log, state } = await stateAt(status);
      const [firstActor, secondActor] = actorsFor(rule);
      // Across the provinces the receiving act gets the EARLIER id, so only the side rule can
      // put the handling act first; on one side the first act is simply the earlier one.
      const [firstId, secondId] =
        rule.sides === 'across'
          ? ['01JE0000000000000000000002', '01JE0000000000000000000001']
          : ['01JE0000000000000000000001', '01JE0000000000000000000002'];
      const first = await sealOn(state, firstId, rule.first, firstActor, samplePayload(rule.first, false));
      const second = await sealOn(state, secondId, rule.second, secondActor, samplePayload(rule.second, false));

      const oneWay = await replay(log, state, [first, second]);
      const otherWay = await replay(log, state, [second, first]);
      expect(otherWay).toEqual(oneWay);

      const overruled = (oneWay.overruled ?? []).map((item) => item.eventId);
      expect(overruled).toEqual(rule.outcome === 'bothStand' ? [] : [second.id]);
      if (rule.outcome === 'firstStands') {
        const notice = conflictNotice((oneWay.overruled ?? [])[0] as NonNullable<CaseState['overruled']>[number], oneWay.caseNumber);
        expect(notice.title).toContain('未生效');
        expect(notice.otherSide).toContain(firstActor.clerk);
        expect(notice.nextStep.length).toBeGreaterThan(10);
      }
    },
  );

  it('the table covers every pair of acts the two sides can take on the same status', () => {
    const covered = new Set(CONFLICT_RULES.filter((rule) => rule.sides === 'across').map((rule) => `${rule.first}|${rule.second}`));
    const receivingAfterForward: CaseEventType[] = ['withdrawn', 'materialsPosted', 'supplementSubmitted', 'rated'];
    const handling: CaseEventType[] = [
      'received',
      'specialProcedureStarted',
      'specialProcedureEnded',
      'supplementRequested',
      'decided',
      'resultIssued',
    ];
    for (const theirs of handling) {
      for (const ours of receivingAfterForward) {
        const shared = TRANSITION_RULES[theirs].from.filter((status) => TRANSITION_RULES[ours].from.includes(status));
        if (shared.length > 0) expect(covered, `${theirs} ∥ ${ours} from ${shared.join('/')}`).toContain(`${theirs}|${ours}`);
      }
    }
  });
});
