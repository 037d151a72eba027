/**
 * The case state machine. State is never stored as truth: it is always the fold of the
 * event log, and every transition says which side (收件地 or 办理地) may make it.
 */
import type { AcceptedPayload, Actor, CaseEvent, DecidedPayload, Routing } from './case-events';

export type CaseStatus = 'accepted' | 'forwarded' | 'decided';

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  accepted: '已受理',
  forwarded: '已推送办理地',
  decided: '已办结',
};

export interface CaseState {
  caseId: string;
  caseNumber: string;
  queryPassword: string;
  status: CaseStatus;
  matter: AcceptedPayload['matter'];
  mode: AcceptedPayload['mode'];
  routing: Routing;
  applicant: AcceptedPayload['applicant'];
  materials: AcceptedPayload['materials'];
  acceptedAt: string;
  acceptedBy: Actor;
  promisedDate: string;
  decision?: DecidedPayload & { at: string; by: Actor };
  lastEventId: string;
  lastHash: string;
  eventCount: number;
  updatedAt: string;
}

export type TransitionResult = { ok: true; state: CaseState } | { ok: false; code: string; message: string };

type Side = 'receiving' | 'handling';

function sideOf(actor: Actor, routing: Routing): Side | undefined {
  if (actor.hallCode === routing.receiving.hallCode) return 'receiving';
  if (actor.province === routing.handling.province) return 'handling';
  return undefined;
}

function reject(code: string, message: string): TransitionResult {
  return { ok: false, code, message };
}

/** Applies one event to the state (undefined before the first event). Pure. */
export function applyEvent(state: CaseState | undefined, event: CaseEvent): TransitionResult {
  if (event.type === 'accepted') {
    if (state) return reject('ALREADY_ACCEPTED', '该办件已受理，不能重复受理');
    if (event.prevHash !== '') return reject('BROKEN_CHAIN', '首个事件不应引用前序事件');
    if (sideOf(event.actor, event.payload.routing) !== 'receiving') {
      return reject('WRONG_SIDE', '只有收件地窗口可以受理该办件');
    }
    const { payload } = event;
    return {
      ok: true,
      state: {
        caseId: event.caseId,
        caseNumber: payload.caseNumber,
        queryPassword: payload.queryPassword,
        status: 'accepted',
        matter: payload.matter,
        mode: payload.mode,
        routing: payload.routing,
        applicant: payload.applicant,
        materials: payload.materials,
        acceptedAt: event.at,
        acceptedBy: event.actor,
        promisedDate: payload.promisedDate,
        lastEventId: event.id,
        lastHash: event.hash,
        eventCount: 1,
        updatedAt: event.at,
      },
    };
  }
  if (!state) return reject('NOT_ACCEPTED', '该办件尚未受理');
  if (event.caseId !== state.caseId) return reject('WRONG_CASE', '事件不属于该办件');
  if (event.prevHash !== state.lastHash) {
    return reject('BROKEN_CHAIN', '事件的前序哈希与办件记录不符，可能已被篡改或顺序错误');
  }
  const side = sideOf(event.actor, state.routing);
  const advance = (patch: Partial<CaseState>): TransitionResult => ({
    ok: true,
    state: { ...state, ...patch, lastEventId: event.id, lastHash: event.hash, eventCount: state.eventCount + 1, updatedAt: event.at },
  });

  switch (event.type) {
    case 'forwarded':
      if (side !== 'receiving') return reject('WRONG_SIDE', '只有收件地窗口可以推送办理地');
      if (state.status !== 'accepted') return reject('BAD_TRANSITION', `办件${CASE_STATUS_LABELS[state.status]}，不能推送办理地`);
      if (event.payload.toProvince !== state.routing.handling.province) {
        return reject('WRONG_ROUTE', '推送目的地与办件的办理地不一致');
      }
      return advance({ status: 'forwarded' });
    case 'decided':
      if (side !== 'handling') return reject('WRONG_SIDE', '只有办理地可以作出办结决定');
      if (state.status !== 'forwarded') return reject('BAD_TRANSITION', `办件${CASE_STATUS_LABELS[state.status]}，不能办结`);
      return advance({ status: 'decided', decision: { ...event.payload, at: event.at, by: event.actor } });
  }
}

/** Folds a whole log. Throws on the first illegal event: a stored log must always fold. */
export function foldCase(events: readonly CaseEvent[]): CaseState {
  let state: CaseState | undefined;
  for (const event of events) {
    const result = applyEvent(state, event);
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    state = result.state;
  }
  if (!state) throw new Error('NO_EVENTS: 办件没有任何事件');
  return state;
}
