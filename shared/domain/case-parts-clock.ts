/**
 * Two clocks, one case. The receiving part (收件地: 推送 to the handling place, 寄递 of the
 * paper originals) and the handling part (办理地: the decision) each run against their own
 * limit, so a delay is put down to the side that caused it. Like the legal clock
 * (legal-clock.ts) it is computed from the folded case, never stored, and both provinces get
 * the same answer: the receiving limits travel in the opening event, the handling limits come
 * from the catalog both workstations hold.
 *
 * - Receiving legs count from the clock start (受理, or 补正 when materials came late) by the
 *   limits recorded at the receiving hall (receiving-limits.ts). A leg without a recorded
 *   limit is shown but never judged: no rule is assumed.
 * - The handling part starts when the case reaches the handling side: the 推送 date of a
 *   cross-province case, the clock start otherwise. It is due by the matter's own handling
 *   limit from that day where a source sets one (matter.handlingLimit); otherwise by the
 *   case's 承诺办结日期, moved on by the working days the receiving side was late with 推送,
 *   so the handling side is never charged for them. Late 寄递 is the receiving side's delay
 *   but moves nothing: no source says the decision waits for the originals.
 * - Lateness is counted in working days; special-procedure pauses count as in the legal
 *   clock; 撤回 or 不予受理 end every leg still open on that day.
 */
import type { CaseState } from './case-state';
import { DayCounter, type ClockWarning } from './day-counter';
import { clockStart, pausesOf } from './legal-clock';
import type { TimeLimit } from './matter';
import { chinaDate, type HolidayCalendar } from './working-days';

export type PartSide = 'receiving' | 'handling';
export type PartLegKind = 'forward' | 'post' | 'decide';
export const PART_SIDE_LABELS: Record<PartSide, string> = { receiving: '收件地', handling: '办理地' };
export const PART_LEG_LABELS: Record<PartLegKind, string> = { forward: '推送办理地', post: '寄递纸质原件', decide: '审查决定（办结）' };

/** waiting: an earlier leg has not happened yet; ended: the case was withdrawn or refused first. */
export type LegProgress = 'waiting' | 'running' | 'done' | 'ended';

export interface PartLeg {
  kind: PartLegKind;
  side: PartSide;
  progress: LegProgress;
  /** China date the leg counts from; absent while waiting. */
  from?: string;
  /** The limit it is judged by; absent: no limit recorded, not judged. */
  limit?: TimeLimit;
  dueDate?: string;
  /** China date it was done (推送, first 寄出, 办结). */
  doneOn?: string;
  /** Working days left to the due date as of today (running legs; negative once past it). */
  workingDaysLeft?: number;
  /** Working days past the due date: when done, or as of today / the day the case ended. */
  daysLate: number;
  /** The handling leg: where its due date comes from, and the days it moved for a late 推送. */
  dueBy?: 'handlingLimit' | 'promisedDate';
  extendedBy?: number;
  /** The handling leg: the day the handling clerk took the case in (接收), for information. */
  receivedOn?: string;
}

export interface CaseParts {
  legs: PartLeg[];
  /** Working days late, per side. */
  delays: Record<PartSide, number>;
  warnings: ClockWarning[];
}

export interface PartLimits {
  /** The matter's 承诺时限: the case's 承诺办结日期 counts by it. */
  promised: TimeLimit;
  /** The matter's own limit for the handling place, counted from the handover (catalog). */
  handling?: TimeLimit;
}

const dateOf = (instant: string) => chinaDate(new Date(instant));

/** The parts of an accepted case as of `asOf` (a China date); undefined before 受理 (no clock runs). */
export function computeCaseParts(state: CaseState, limits: PartLimits, calendar: HolidayCalendar, asOf: string): CaseParts | undefined {
  const start = clockStart(state)?.date;
  if (!start) return undefined;
  const end = state.withdrawal ?? state.refusal;
  const endedOn = end ? dateOf(end.at) : undefined;
  const counter = new DayCounter(calendar, pausesOf(state), endedOn ?? asOf);

  const judge = (base: Pick<PartLeg, 'kind' | 'side'>, from: string | undefined, due: string | undefined, done: string | undefined): PartLeg => {
    if (!from) return { ...base, progress: 'waiting', daysLate: 0 };
    const progress: LegProgress = done ? 'done' : endedOn ? 'ended' : 'running';
    const leg: PartLeg = { ...base, progress, from, daysLate: 0, ...(done ? { doneOn: done } : {}) };
    if (!due) return leg;
    const reference = done ?? endedOn ?? asOf;
    const left = counter.workingDaysBetween(reference, due);
    return { ...leg, dueDate: due, daysLate: Math.max(0, -left), ...(progress === 'running' ? { workingDaysLeft: left } : {}) };
  };
  const dueFrom = (from: string, limit: TimeLimit | undefined) => (limit ? counter.dueDate(from, limit) : undefined);

  const legs: PartLeg[] = [];
  const crossProvince = state.routing.receiving.province !== state.routing.handling.province;
  const forwardLimit = state.receivingLimits?.forward;
  const forward = crossProvince
    ? { ...judge({ kind: 'forward', side: 'receiving' }, start, dueFrom(start, forwardLimit), state.forwardedAt && dateOf(state.forwardedAt)), ...(forwardLimit ? { limit: forwardLimit } : {}) }
    : undefined;
  if (forward) legs.push(forward);
  if (state.mode === '异地代收代办') {
    const postLimit = state.receivingLimits?.post;
    const firstPosting = state.postings?.[0];
    legs.push({ ...judge({ kind: 'post', side: 'receiving' }, start, dueFrom(start, postLimit), firstPosting && dateOf(firstPosting.at)), ...(postLimit ? { limit: postLimit } : {}) });
  }

  const handover = forward ? forward.doneOn : start;
  const decided = state.decision && dateOf(state.decision.at);
  const received = state.handlingReceipt && { receivedOn: dateOf(state.handlingReceipt.at) };
  if (handover && limits.handling) {
    const leg = judge({ kind: 'decide', side: 'handling' }, handover, counter.dueDate(handover, limits.handling), decided);
    legs.push({ ...leg, limit: limits.handling, dueBy: 'handlingLimit', ...received });
  } else if (handover) {
    const extendedBy = forward?.daysLate ?? 0;
    const promisedDue = counter.dueDate(start, limits.promised);
    const due = extendedBy > 0 ? counter.dueDate(promisedDue, { amount: extendedBy, unit: 'working-days' }) : promisedDue;
    const leg = judge({ kind: 'decide', side: 'handling' }, handover, due, decided);
    legs.push({ ...leg, limit: limits.promised, dueBy: 'promisedDate', ...(extendedBy > 0 ? { extendedBy } : {}), ...received });
  } else {
    legs.push(judge({ kind: 'decide', side: 'handling' }, undefined, undefined, undefined));
  }

  const delays: Record<PartSide, number> = { receiving: 0, handling: 0 };
  for (const leg of legs) delays[leg.side] += leg.daysLate;
  return { legs, delays, warnings: counter.warnings() };
}
