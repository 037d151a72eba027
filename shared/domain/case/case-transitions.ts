/**
 * Who may do what, from where: one rule per event type. Checked by applyEvent before any
 * event is folded, on the workstation (commands) and on both hubs (ingest), so a rule
 * written here holds everywhere. Where an event sits in the log (its parents) is checked by
 * case-log.ts, not here. Sides: 收件地 = the receiving hall itself; 办理地 = a hall
 * in the handling province whose hall code lies in the handling division.
 */
import { canonicalJson } from '../../util/canonical-json';
import type { Actor, CaseEvent, CaseEventType, EventOf, OpeningHeader, Routing } from './case-events';
import { OPENING_EVENT_TYPES } from './case-events';
import { CASE_STATUS_LABELS, CASE_STATUSES, isAccepted, TERMINAL_STATUSES, type CaseStatus } from './case-status';
import type { CaseState } from './case-state';
import { parentsOf } from './case-parents';
import { chinaDate } from '../calendar/working-days';

export type Side = 'receiving' | 'handling';
export const SIDE_LABELS: Record<Side, string> = { receiving: '收件地窗口', handling: '办理地' };

/** 'new': no event yet, the case does not exist. */
export type FromStatus = CaseStatus | 'new';

export interface Rejection {
  code: string;
  message: string;
}

interface TransitionRule {
  /** 'namedSide': the event says which side it acts for (payload.side), e.g. a supervisor's 改派. */
  by: Side | 'namedSide';
  from: readonly FromStatus[];
  /** The action as said after 不能: "办件已受理，不能办结". */
  action: string;
  /** When "只有X可以<action>" reads badly, the phrase to use instead. */
  sideAction?: string;
}

const NOT_TERMINAL: readonly FromStatus[] = CASE_STATUSES.filter((status) => !TERMINAL_STATUSES.includes(status));

export const TRANSITION_RULES: Record<CaseEventType, TransitionRule> = {
  accepted: { by: 'receiving', from: ['new', 'supplemented'], action: '受理', sideAction: '受理该办件' },
  notified: { by: 'receiving', from: ['new'], action: '一次性告知' },
  refused: { by: 'receiving', from: ['new', 'supplemented'], action: '不予受理' },
  supplemented: { by: 'receiving', from: ['notified'], action: '登记补正' },
  withdrawn: {
    by: 'receiving',
    from: ['notified', 'supplemented', 'accepted', 'forwarded', 'received', 'specialProcedure', 'supplementRequested'],
    action: '撤回申请',
  },
  forwarded: { by: 'receiving', from: ['accepted'], action: '推送办理地' },
  // After the decision too: the originals still go to the handling department's archive, and
  // a posting made while the decision was on its way must stand (case-conflicts.ts).
  materialsPosted: {
    by: 'receiving',
    from: ['forwarded', 'received', 'specialProcedure', 'supplementRequested', 'decided', 'resultIssued'],
    action: '寄出纸质材料',
  },
  // From 'accepted' only for a case handled in the receiving province (no forward is made).
  received: { by: 'handling', from: ['forwarded', 'accepted'], action: '接收' },
  specialProcedureStarted: { by: 'handling', from: ['received'], action: '启动特别程序' },
  specialProcedureEnded: { by: 'handling', from: ['specialProcedure'], action: '结束特别程序' },
  // From 'forwarded' too: the walking skeleton decides without an explicit 接收. From
  // 'supplementRequested': the department may decide without the materials it asked for
  // (e.g. the deadline passed), at its discretion.
  decided: { by: 'handling', from: ['forwarded', 'received', 'supplementRequested'], action: '办结', sideAction: '作出办结决定' },
  supplementRequested: { by: 'handling', from: ['received'], action: '要求补正' },
  supplementSubmitted: { by: 'receiving', from: ['supplementRequested'], action: '提交补正材料' },
  resultIssued: { by: 'handling', from: ['decided'], action: '出具结果' },
  resultHandedOver: { by: 'receiving', from: ['decided', 'resultIssued'], action: '送达结果' },
  rated: { by: 'receiving', from: ['decided', 'resultIssued', 'delivered'], action: '评价' },
  // A supervisor's acts: on any case still open on their side; terminal cases are refused first.
  reassigned: { by: 'namedSide', from: NOT_TERMINAL, action: '改派' },
  supervisionIssued: { by: 'namedSide', from: NOT_TERMINAL, action: '督办' },
  supervisionAnswered: { by: 'namedSide', from: NOT_TERMINAL, action: '回复督办' },
  reviewFollowedUp: { by: 'receiving', from: ['decided', 'resultIssued', 'delivered'], action: '回访整改', sideAction: '办理差评回访整改' },
};

/** The side an event acts for: its rule's, or the one it names. */
export function sideOfEvent(event: CaseEvent): Side {
  const { by } = TRANSITION_RULES[event.type];
  if (by !== 'namedSide') return by;
  return 'side' in event.payload ? event.payload.side : 'receiving';
}

export function sidesOf(actor: Actor, routing: Routing): Set<Side> {
  const sides = new Set<Side>();
  if (actor.hallCode === routing.receiving.hallCode) sides.add('receiving');
  if (actor.province === routing.handling.province && actor.hallCode.startsWith(routing.handling.division)) sides.add('handling');
  return sides;
}

function isOpening(event: CaseEvent): boolean {
  return (OPENING_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** The routing header an opening event carries, if it carries one. */
export function headerOf(event: CaseEvent): OpeningHeader | undefined {
  if (event.type === 'accepted' || event.type === 'notified') return event.payload;
  if (event.type === 'refused') return event.payload.opening;
  return undefined;
}

/** Why `event` may not be applied to `state`, or undefined when it may. Pure. */
export function checkTransition(state: CaseState | undefined, event: CaseEvent): Rejection | undefined {
  const rule = TRANSITION_RULES[event.type];
  if (!state) return checkOpening(event);
  if (event.caseId !== state.caseId) return { code: 'WRONG_CASE', message: '事件不属于该办件' };
  if (parentsOf(event).length === 0) {
    if (!isOpening(event)) return { code: 'BROKEN_CHAIN', message: '事件未引用办件的前序事件' };
    return isAccepted(state)
      ? { code: 'ALREADY_ACCEPTED', message: '该办件已受理，不能重复受理' }
      : { code: 'ALREADY_OPENED', message: '该办件已有收件记录，不能重复收件' };
  }
  const sideProblem = checkSide(event, state.routing);
  if (sideProblem) return sideProblem;
  if (TERMINAL_STATUSES.includes(state.status)) {
    return { code: 'CASE_CLOSED', message: `办件${CASE_STATUS_LABELS[state.status]}，已终结，不能${rule.action}` };
  }
  if (event.type === 'accepted' && isAccepted(state)) {
    return { code: 'ALREADY_ACCEPTED', message: '该办件已受理，不能重复受理' };
  }
  if (!rule.from.includes(state.status)) {
    return { code: 'BAD_TRANSITION', message: `办件${CASE_STATUS_LABELS[state.status]}，不能${rule.action}` };
  }
  return checkGuards(state, event);
}

function checkOpening(event: CaseEvent): Rejection | undefined {
  const header = headerOf(event);
  // The code predates 一次性告知 (hub clients know it); it means "no such case yet".
  if (!isOpening(event)) return { code: 'NOT_ACCEPTED', message: '该办件尚未收件或受理' };
  if (parentsOf(event).length > 0) return { code: 'BROKEN_CHAIN', message: '首个事件不应引用前序事件' };
  if (!header) return { code: 'MISSING_HEADER', message: '首个事件应携带办件编号、事项、办理地和申请人' };
  return checkSide(event, header.routing);
}

function checkSide(event: CaseEvent, routing: Routing): Rejection | undefined {
  const rule = TRANSITION_RULES[event.type];
  const side = sideOfEvent(event);
  if (sidesOf(event.actor, routing).has(side)) return undefined;
  return { code: 'WRONG_SIDE', message: `只有${SIDE_LABELS[side]}可以${rule.sideAction ?? rule.action}` };
}

/** Conditions beyond side and status, per event type. */
function checkGuards(state: CaseState, event: CaseEvent): Rejection | undefined {
  switch (event.type) {
    case 'accepted':
      return sameHeader(state, event);
    case 'refused':
      return event.payload.opening ? { code: 'UNEXPECTED_HEADER', message: '只有首个事件可以携带办件信息' } : undefined;
    case 'forwarded':
      if (state.routing.receiving.province === state.routing.handling.province) {
        return { code: 'NOT_CROSS_PROVINCE', message: '本省（市）办理的办件由办理地直接接收，无需推送' };
      }
      return event.payload.toProvince === state.routing.handling.province
        ? undefined
        : { code: 'WRONG_ROUTE', message: '推送目的地与办件的办理地不一致' };
    case 'materialsPosted':
      return state.mode === '异地代收代办' ? undefined : { code: 'NOT_REMOTE_INTAKE', message: '只有异地代收代办的办件需要寄送纸质材料' };
    case 'received':
      return state.status === 'accepted' && state.routing.receiving.province !== state.routing.handling.province
        ? { code: 'NOT_FORWARDED', message: '跨省办件须先由收件地推送办理地' }
        : undefined;
    case 'resultIssued':
      return checkResultIssued(state, event);
    case 'supplementRequested':
      return event.payload.deadline < chinaDate(new Date(event.at))
        ? { code: 'DEADLINE_PASSED', message: '补正期限不能早于要求补正的日期' }
        : undefined;
    case 'resultHandedOver':
      return state.status === 'decided' && state.decision?.outcome === 'approved'
        ? { code: 'RESULT_NOT_ISSUED', message: '准予的办件须先由办理地出具结果，才能送达' }
        : undefined;
    case 'rated':
      return state.rating ? { code: 'ALREADY_RATED', message: '该办件已评价（一次一评）' } : undefined;
    case 'reassigned':
      return checkReassigned(state, event);
    case 'supervisionAnswered':
      return checkAnswer(state, event);
    case 'reviewFollowedUp':
      if (!state.rating?.bad) return { code: 'NOT_BAD_REVIEW', message: '该办件没有差评，无需回访整改' };
      return state.followUp ? { code: 'ALREADY_FOLLOWED_UP', message: '该差评已回访整改' } : undefined;
    default:
      return undefined;
  }
}

/** The handling side takes a case over only once it has reached them. */
function checkReassigned(state: CaseState, event: EventOf<'reassigned'>): Rejection | undefined {
  const notYetThere: readonly CaseStatus[] = ['notified', 'supplemented', 'accepted'];
  const crossProvince = state.routing.receiving.province !== state.routing.handling.province;
  if (event.payload.side === 'handling' && crossProvince && notYetThere.includes(state.status)) {
    return { code: 'NOT_FORWARDED', message: '办件尚未推送到办理地，办理地不能改派' };
  }
  return undefined;
}

function checkAnswer(state: CaseState, event: EventOf<'supervisionAnswered'>): Rejection | undefined {
  const supervision = (state.supervisions ?? []).find((item) => item.id === event.payload.supervisionId);
  if (!supervision || supervision.side !== event.payload.side)
    return { code: 'NO_SUCH_SUPERVISION', message: '没有该督办，或督办不属于本方' };
  return supervision.answer ? { code: 'ALREADY_ANSWERED', message: '该督办已回复' } : undefined;
}

function checkResultIssued(state: CaseState, event: EventOf<'resultIssued'>): Rejection | undefined {
  if (state.decision?.outcome !== 'approved') return { code: 'NOT_APPROVED', message: '不予办理的办件没有结果证照' };
  if (event.payload.issuedOn < chinaDate(new Date(state.decision.at))) {
    return { code: 'ISSUED_BEFORE_DECISION', message: '结果证照的颁发日期不能早于办结日期' };
  }
  return undefined;
}

/** 受理 after 补正 repeats the header; what identifies and routes the case must not change. */
function sameHeader(state: CaseState, event: EventOf<'accepted'>): Rejection | undefined {
  const { payload } = event;
  const same =
    payload.caseNumber === state.caseNumber &&
    payload.queryPassword === state.queryPassword &&
    payload.matter.code === state.matter.code &&
    payload.mode === state.mode &&
    payload.applicant.idNumber === state.applicant.idNumber &&
    canonicalJson(payload.routing) === canonicalJson(state.routing);
  return same ? undefined : { code: 'HEADER_MISMATCH', message: '受理信息与收件时登记的不一致（办件编号、事项、办理地或申请人）' };
}
