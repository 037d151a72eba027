/**
 * Which clerk actions a workstation may take on a case right now. The answer comes from the
 * state machine itself (checkTransition on a probe event), so a screen offers exactly what
 * the workstation, both hubs and the peer hub would accept — never a second copy of the rules.
 */
import type { Actor, CaseEvent, CaseEventType, PayloadOf } from './case-events';
import type { CaseState } from './case-state';
import { checkTransition } from './case-transitions';

/** The actions on an existing case (the opening ones make a new case and are not asked here). */
export const CASE_ACTIONS = [
  'supplemented',
  'accepted',
  'refused',
  'forwarded',
  'withdrawn',
  'materialsPosted',
  'received',
  'specialProcedureStarted',
  'specialProcedureEnded',
  'supplementRequested',
  'supplementSubmitted',
  'decided',
  'resultIssued',
  'resultHandedOver',
  'rated',
] as const satisfies readonly CaseEventType[];
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The actions `actor` may take on `state`, in CASE_ACTIONS order. Pure. */
export function allowedActions(state: CaseState, actor: Actor): CaseAction[] {
  return CASE_ACTIONS.filter((type) => checkTransition(state, probeEvent(state, actor, type)) === undefined);
}

export function isActionAllowed(state: CaseState, actor: Actor, type: CaseAction): boolean {
  return checkTransition(state, probeEvent(state, actor, type)) === undefined;
}

/**
 * A stand-in event of `type`: the state machine looks at who, from which status, and at the
 * few payload fields its guards read; the probe sets those to what a clerk could legally
 * enter (the case's own header, the handling province, a date no decision can follow), so
 * a refusal of the probe means the action itself is refused.
 */
function probeEvent(state: CaseState, actor: Actor, type: CaseAction): CaseEvent {
  const base = { id: '0'.repeat(26), caseId: state.caseId, actor, at: state.updatedAt, prevHash: state.lastHash, hash: '0'.repeat(64) };
  return { ...base, type, payload: probePayload(state, type) } as CaseEvent;
}

function probePayload(state: CaseState, type: CaseAction): PayloadOf<CaseAction> {
  const { caseNumber, queryPassword, matter, mode, routing, applicant, materials } = state;
  const payloads: { [T in CaseAction]: PayloadOf<T> } = {
    supplemented: { materials },
    accepted: { caseNumber, queryPassword, matter, mode, routing, applicant, materials, promisedDate: '9999-12-31' },
    refused: {
      ground: 'notCompliant',
      reason: '-',
      legalBasis: '-',
      remedies: { reconsiderationBody: '-', reconsiderationDays: 60, litigationCourt: '-', litigationMonths: 6 },
    },
    forwarded: { toProvince: routing.handling.province },
    withdrawn: { reason: '-' },
    materialsPosted: { carrier: 'EMS', waybillNo: 'EA0000000000' },
    received: {},
    specialProcedureStarted: { kind: '其他', reason: '-' },
    specialProcedureEnded: { result: '-' },
    supplementRequested: { missing: [{ name: '-', requirement: '-' }], reason: '-', deadline: '9999-12-31' },
    supplementSubmitted: { materials: [{ code: '-', name: '-', form: 'original', copies: 1 }] },
    decided: { outcome: 'approved', opinion: '-' },
    resultIssued: { certificateName: '-', certificateNumber: '-', issuedOn: '9999-12-31' },
    resultHandedOver: { method: 'window', recipient: '-' },
    rated: { level: '非常满意' },
  };
  return payloads[type];
}
