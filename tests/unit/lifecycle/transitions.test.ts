/**
 * Every status × event type × side. The expected table is written out here by hand from the
 * lifecycle specification, not derived from TRANSITION_RULES, so a change to the rules must change both.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, CaseEventType } from '../../../shared/domain/case/case-events';
import { CASE_EVENT_LABELS } from '../../../shared/domain/case/case-events';
import { applyEvent, CASE_STATUSES, type CaseStatus } from '../../../shared/domain/case/case-state';
import { HANDLER, OUTSIDER, RECEIVER, samplePayload, sealOnto, stateAt } from './lifecycle-fixtures';

type Side = 'receiving' | 'handling' | 'outsider';
const ACTORS: Record<Side, Actor> = { receiving: RECEIVER, handling: HANDLER, outsider: OUTSIDER };

const OPENING: readonly CaseEventType[] = ['accepted', 'notified', 'refused'];
const ACCEPTED_STATUSES: readonly CaseStatus[] = [
  'accepted',
  'forwarded',
  'received',
  'specialProcedure',
  'supplementRequested',
  'decided',
  'resultIssued',
  'delivered',
  'withdrawn',
];

const OPEN_OR_DONE: readonly CaseStatus[] = CASE_STATUSES.filter((status) => status !== 'refused' && status !== 'withdrawn');

const ALLOWED: Record<CaseEventType, { by: Side; from: readonly (CaseStatus | 'new')[] }> = {
  accepted: { by: 'receiving', from: ['new', 'supplemented'] },
  notified: { by: 'receiving', from: ['new'] },
  refused: { by: 'receiving', from: ['new', 'supplemented'] },
  supplemented: { by: 'receiving', from: ['notified'] },
  withdrawn: {
    by: 'receiving',
    from: ['notified', 'supplemented', 'accepted', 'forwarded', 'received', 'specialProcedure', 'supplementRequested'],
  },
  forwarded: { by: 'receiving', from: ['accepted'] },
  materialsPosted: {
    by: 'receiving',
    from: ['forwarded', 'received', 'specialProcedure', 'supplementRequested', 'decided', 'resultIssued'],
  },
  received: { by: 'handling', from: ['forwarded', 'accepted'] },
  specialProcedureStarted: { by: 'handling', from: ['received'] },
  specialProcedureEnded: { by: 'handling', from: ['specialProcedure'] },
  decided: { by: 'handling', from: ['forwarded', 'received', 'supplementRequested'] },
  supplementRequested: { by: 'handling', from: ['received'] },
  supplementSubmitted: { by: 'receiving', from: ['supplementRequested'] },
  resultIssued: { by: 'handling', from: ['decided'] },
  resultHandedOver: { by: 'receiving', from: ['decided', 'resultIssued'] },
  rated: { by: 'receiving', from: ['decided', 'resultIssued', 'delivered'] },
  // The supervisor's events name their side; the samples act for the receiving window.
  reassigned: { by: 'receiving', from: OPEN_OR_DONE },
  supervisionIssued: { by: 'receiving', from: OPEN_OR_DONE },
  supervisionAnswered: { by: 'receiving', from: OPEN_OR_DONE },
  reviewFollowedUp: { by: 'receiving', from: ['decided', 'resultIssued', 'delivered'] },
};

/** Guards that the fixture case (cross-province, 异地代收代办, decided 准予) trips. */
const GUARDED: Partial<Record<`${CaseEventType}@${CaseStatus}`, string>> = {
  'received@accepted': 'NOT_FORWARDED',
  'resultHandedOver@decided': 'RESULT_NOT_ISSUED',
};

function expected(status: CaseStatus | 'new', type: CaseEventType, side: Side): string {
  const rule = ALLOWED[type];
  if (status === 'new') {
    if (!OPENING.includes(type)) return 'NOT_ACCEPTED';
    return side === rule.by ? 'ok' : 'WRONG_SIDE';
  }
  if (side !== rule.by) return 'WRONG_SIDE';
  if (status === 'refused' || status === 'withdrawn') return 'CASE_CLOSED';
  if (type === 'accepted' && ACCEPTED_STATUSES.includes(status)) return 'ALREADY_ACCEPTED';
  if (!rule.from.includes(status)) return 'BAD_TRANSITION';
  // The fixture case has no 督办 to answer and no 差评 to follow up.
  if (type === 'supervisionAnswered') return 'NO_SUCH_SUPERVISION';
  if (type === 'reviewFollowedUp') return 'NOT_BAD_REVIEW';
  return GUARDED[`${type}@${status}`] ?? 'ok';
}

const TYPES = Object.keys(ALLOWED) as CaseEventType[];
const STATUSES = ['new', ...CASE_STATUSES] as const;
const SIDES = Object.keys(ACTORS) as Side[];

describe('transition table: status × event × side', () => {
  it('covers every status and every event type', () => {
    expect(TYPES.sort()).toEqual(Object.keys(CASE_EVENT_LABELS).sort());
  });

  for (const status of STATUSES) {
    describe(`from ${status}`, () => {
      for (const type of TYPES) {
        it(`${type}: ${SIDES.map((side) => `${side}=${expected(status, type, side)}`).join(', ')}`, async () => {
          const { log, state } = status === 'new' ? { log: [], state: undefined } : await stateAt(status);
          expect(state?.status).toBe(status === 'new' ? undefined : status);
          for (const side of SIDES) {
            const event = await sealOnto(log, type, ACTORS[side], samplePayload(type, status === 'new'), '2026-12-01T02:00:00.000Z');
            const result = applyEvent(state, event);
            const outcome = result.ok ? 'ok' : result.code;
            expect({ side, outcome }).toEqual({ side, outcome: expected(status, type, side) });
            if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
          }
        });
      }
    });
  }
});
