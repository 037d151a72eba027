/**
 * The case state machine. State is never stored as truth: it is always the fold of the
 * event log. Which side may make which transition from which status is the table in
 * case-transitions.ts; what each event changes is case-reducers.ts.
 */
import type { BadReviewReason, MissingMaterial, RatingLevel } from './case-event-payloads';
import type { AcceptedPayload, Actor, CaseEvent, CaseEventType, DecidedPayload, PayloadOf, Routing } from './case-events';
import { reduceEvent } from './case-reducers';
import type { CaseStatus } from './case-status';
import { foldCaseLog } from './case-log';
import { checkTransition } from './case-transitions';

export { CASE_STATUS_LABELS, CASE_STATUSES, isAccepted, type CaseStatus } from './case-status';

type Stamp = { at: string; by: Actor };

export interface CaseState {
  caseId: string;
  caseNumber: string;
  queryPassword: string;
  status: CaseStatus;
  matter: AcceptedPayload['matter'];
  mode: AcceptedPayload['mode'];
  routing: Routing;
  applicant: AcceptedPayload['applicant'];
  /** The matter's own form fields and the 代理人, as captured at opening or 受理. */
  details?: AcceptedPayload['details'];
  agent?: AcceptedPayload['agent'];
  /** Every material received so far (at opening, at 补正, at 受理). */
  materials: AcceptedPayload['materials'];
  /** 法人 matters: the 申请单位 (applicant is then its 经办人). Absent on personal matters and older records. */
  unit?: AcceptedPayload['unit'];
  /** Materials 免提交 because the window obtains them by data sharing. */
  waivedMaterials?: AcceptedPayload['waivedMaterials'];
  /** The receiving clerk's note for the handling side. */
  intakeNote?: AcceptedPayload['intakeNote'];
  /** The receiving part's limits recorded when the case opened (receiving-limits.ts). */
  receivingLimits?: AcceptedPayload['receivingLimits'];
  /** When the case was pushed to the handling province (推送办理地). */
  forwardedAt?: string;
  /** The national-style 办件编号 minted when the case opened, where the 实施编码 was confirmed. */
  nationalCaseNumber?: AcceptedPayload['nationalCaseNumber'];
  /**
   * 受理 time and clerk. Until a case opened by 一次性告知 or 不予受理 is accepted, these
   * hold its 收件 (opening) time and clerk, and promisedDate is '' (see isAccepted): the
   * receipt types require strings, and no clock runs before 受理.
   */
  acceptedAt: string;
  acceptedBy: Actor;
  promisedDate: string;
  /** The first event's time: the 申请日期 the 5-day notice period counts from. Absent on records written before the opening time was kept. */
  openedAt?: string;
  notice?: { missing: MissingMaterial[]; reason: string } & Stamp;
  /** When the missing materials were all handed in: the legal clock starts again here. */
  supplementedAt?: string;
  refusal?: PayloadOf<'refused'> & Stamp;
  withdrawal?: PayloadOf<'withdrawn'> & Stamp;
  postings?: (PayloadOf<'materialsPosted'> & Stamp)[];
  handlingReceipt?: PayloadOf<'received'> & Stamp;
  specialProcedures?: SpecialProcedureRecord[];
  /** 补正 asked by the handling side after 受理, each with what came in (the clock pauses meanwhile). */
  supplementRequests?: SupplementRequestRecord[];
  decision?: DecidedPayload & Stamp;
  result?: PayloadOf<'resultIssued'> & Stamp;
  delivery?: PayloadOf<'resultHandedOver'> & Stamp;
  rating?: {
    level: RatingLevel;
    comment?: string;
    bad: boolean;
    source?: 'applicant';
    reasons?: BadReviewReason[];
    followUpDue?: string;
  } & Stamp;
  /** The supervisor's 回访/整改 that closed a 差评. */
  followUp?: PayloadOf<'reviewFollowedUp'> & Stamp;
  /** Who works the case on each side after a supervisor's 改派 (until then, whoever acted). */
  assignees?: Partial<Record<'receiving' | 'handling', Assignee>>;
  /** 督办 sent by a supervisor, each open until the responsible side answers it. */
  supervisions?: SupervisionRecord[];
  /** The last event in fold order (case-log.ts), overruled or not; always one of `heads`. */
  lastEventId: string;
  lastHash: string;
  /**
   * Hashes of the events no other event of the case follows yet, sorted. One head when the
   * log is a line; two or more after concurrent actions, until an event follows them all.
   */
  heads: string[];
  /** Events in the log that did not take effect because a concurrent event won (case-conflicts.ts). */
  overruled?: OverruledEvent[];
  eventCount: number;
  updatedAt: string;
}

/** An event kept in the log without effect: it lost to a concurrent one. */
export interface OverruledEvent {
  eventId: string;
  type: CaseEventType;
  actor: Actor;
  at: string;
  /** Why the state machine refused it where the fold order put it. */
  code: string;
  message: string;
  /** The concurrent event (unknown to its clerk) that took effect just before it, if any. */
  overruledBy?: { eventId: string; type: CaseEventType; actor: Actor; at: string };
}

export interface Assignee {
  window: string;
  accountId?: string;
  name?: string;
  reason: string;
  at: string;
  by: Actor;
}

export interface SupervisionRecord {
  /** The 督办 event's id: the answer names it. */
  id: string;
  side: 'receiving' | 'handling';
  message: string;
  replyBy: string;
  at: string;
  by: Actor;
  answer?: { text: string; at: string; by: Actor };
}

export interface SupplementRequestRecord {
  missing: MissingMaterial[];
  reason: string;
  deadline: string;
  at: string;
  by: Actor;
  /** When the receiving window registered what came in, and what. */
  submittedAt?: string;
  submittedBy?: Actor;
  submitted?: PayloadOf<'supplementSubmitted'>['materials'];
  note?: string;
}

export interface SpecialProcedureRecord {
  kind: PayloadOf<'specialProcedureStarted'>['kind'];
  reason: string;
  startedAt: string;
  endedAt?: string;
  result?: string;
}

export type TransitionResult = { ok: true; state: CaseState } | { ok: false; code: string; message: string };

/**
 * Applies one event to the state (undefined before the first event): the state machine's
 * rules, then the event's facts. Pure. The event's place in the log (its parents) is the
 * caller's business: case-log.ts.
 */
export function applyEvent(state: CaseState | undefined, event: CaseEvent): TransitionResult {
  const rejection = checkTransition(state, event);
  if (rejection) return { ok: false, ...rejection };
  return { ok: true, state: reduceEvent(state, event) };
}

/**
 * Folds a whole log, in any order given: the events are put in fold order first, and an
 * event that lost to a concurrent one is kept as overruled (case-log.ts). Throws when the
 * log cannot fold at all (an event whose parent is missing, no valid opening event).
 */
export function foldCase(events: readonly CaseEvent[]): CaseState {
  return foldCaseLog(events);
}
