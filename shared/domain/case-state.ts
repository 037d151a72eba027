/**
 * The case state machine. State is never stored as truth: it is always the fold of the
 * event log. Which side may make which transition from which status is the table in
 * case-transitions.ts; what each event changes is case-reducers.ts.
 */
import type { MissingMaterial, RatingLevel } from './case-event-payloads';
import type { AcceptedPayload, Actor, CaseEvent, DecidedPayload, PayloadOf, Routing } from './case-events';
import { reduceEvent } from './case-reducers';
import type { CaseStatus } from './case-status';
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
  /**
   * 受理 time and clerk. Until a case opened by 一次性告知 or 不予受理 is accepted, these
   * hold its 收件 (opening) time and clerk, and promisedDate is '' (see isAccepted): the
   * receipt types require strings, and no clock runs before 受理.
   */
  acceptedAt: string;
  acceptedBy: Actor;
  promisedDate: string;
  /** The first event's time: the 申请日期 the 5-day notice period counts from. Absent on pre-#4 records. */
  openedAt?: string;
  notice?: { missing: MissingMaterial[]; reason: string } & Stamp;
  /** When the missing materials were all handed in: the legal clock starts again here. */
  supplementedAt?: string;
  refusal?: PayloadOf<'refused'> & Stamp;
  withdrawal?: PayloadOf<'withdrawn'> & Stamp;
  postings?: (PayloadOf<'materialsPosted'> & Stamp)[];
  handlingReceipt?: PayloadOf<'received'> & Stamp;
  specialProcedures?: SpecialProcedureRecord[];
  decision?: DecidedPayload & Stamp;
  result?: PayloadOf<'resultIssued'> & Stamp;
  delivery?: PayloadOf<'resultHandedOver'> & Stamp;
  rating?: { level: RatingLevel; comment?: string; bad: boolean } & Stamp;
  lastEventId: string;
  lastHash: string;
  eventCount: number;
  updatedAt: string;
}

export interface SpecialProcedureRecord {
  kind: PayloadOf<'specialProcedureStarted'>['kind'];
  reason: string;
  startedAt: string;
  endedAt?: string;
  result?: string;
}

export type TransitionResult = { ok: true; state: CaseState } | { ok: false; code: string; message: string };

/** Applies one event to the state (undefined before the first event). Pure. */
export function applyEvent(state: CaseState | undefined, event: CaseEvent): TransitionResult {
  const rejection = checkTransition(state, event);
  if (rejection) return { ok: false, ...rejection };
  return { ok: true, state: reduceEvent(state, event) };
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
