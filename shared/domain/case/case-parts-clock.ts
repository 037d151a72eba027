/**
 * Two clocks, one case. The receiving part (收件地: 推送 to the handling place, 寄递 of the
 * paper originals, 送达 of the result) and the handling part (办理地: the decision) each run
 * against their own limit, so a delay is put down to the side that caused it. Like the legal
 * clock (legal-clock.ts) it is computed from the folded case, never stored, and both provinces
 * get the same answer: the receiving limits travel in the opening event (receiving-limits.ts)
 * and the decision leg comes from the catalog both workstations hold.
 *
 * The legs are those of the promise (matter-limits.ts: transfer + decision + return), each
 * counted from the day the one before it actually ended rather than from 受理:
 * - 推送: from the clock start (受理, or 补正) to the 推送 (cross-province cases only);
 * - 寄递 (异地代收代办): from the clock start to the first posting of the originals;
 * - the decision: from the 推送 (the clock start when the case stays in its province) to
 *   办结, by the matter's 承诺 decision leg; so a late 推送 moves the handling side's due date
 *   and is charged to the receiving side only;
 * - 送达: from the day the result is there (出具结果, or the decision for a 不予) to 送达.
 * A leg without a limit is shown but never judged: no rule is assumed. Lateness is counted
 * in working days; special-procedure and 补正 pauses count as in the legal clock; 撤回 or
 * 不予受理 end every leg still open on that day.
 */
import type { CaseState } from './case-state';
import { DayCounter, type ClockWarning } from '../calendar/day-counter';
import { clockStart, pausesOf } from './legal-clock';
import type { TimeLimit } from '../calendar/time-limit';
import { chinaDate, type HolidayCalendar } from '../calendar/working-days';

export type PartSide = 'receiving' | 'handling';
export type PartLegKind = 'forward' | 'post' | 'decide' | 'deliver';
export const PART_SIDE_LABELS: Record<PartSide, string> = { receiving: '收件地', handling: '办理地' };
export const PART_LEG_LABELS: Record<PartLegKind, string> = {
  forward: '推送办理地',
  post: '寄递纸质原件',
  decide: '审查决定（办结）',
  deliver: '送达办理结果',
};

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
  /** China date it was done (推送, first 寄出, 办结, 送达). */
  doneOn?: string;
  /** Working days left to the due date as of today (running legs; negative once past it). */
  workingDaysLeft?: number;
  /** Working days past the due date: when done, or as of today / the day the case ended. */
  daysLate: number;
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
  /** The decision leg the window promised (the matter's 承诺时限), counted from the 推送. */
  decision: TimeLimit;
}

const dateOf = (instant: string) => chinaDate(new Date(instant));

/** The parts of an accepted case as of `asOf` (a China date); undefined before 受理 (no clock runs). */
export function computeCaseParts(state: CaseState, limits: PartLimits, calendar: HolidayCalendar, asOf: string): CaseParts | undefined {
  const start = clockStart(state)?.date;
  if (!start) return undefined;
  const end = state.withdrawal ?? state.refusal;
  const endedOn = end ? dateOf(end.at) : undefined;
  const counter = new DayCounter(calendar, pausesOf(state), endedOn ?? asOf);

  const judge = (
    base: Pick<PartLeg, 'kind' | 'side'>,
    from: string | undefined,
    due: string | undefined,
    done: string | undefined,
  ): PartLeg => {
    if (!from) return { ...base, progress: 'waiting', daysLate: 0 };
    const progress: LegProgress = done ? 'done' : endedOn ? 'ended' : 'running';
    const leg: PartLeg = { ...base, progress, from, daysLate: 0, ...(done ? { doneOn: done } : {}) };
    if (!due) return leg;
    const reference = done ?? endedOn ?? asOf;
    const left = counter.workingDaysBetween(reference, due);
    return { ...leg, dueDate: due, daysLate: Math.max(0, -left), ...(progress === 'running' ? { workingDaysLeft: left } : {}) };
  };
  const dueFrom = (from: string, limit: TimeLimit | undefined) => (limit ? counter.dueDate(from, limit) : undefined);

  const limited = (leg: PartLeg, limit: TimeLimit | undefined): PartLeg => (limit ? { ...leg, limit } : leg);
  const receiving = state.receivingLimits ?? {};
  const legs: PartLeg[] = [];

  const crossProvince = state.routing.receiving.province !== state.routing.handling.province;
  const forward = crossProvince
    ? limited(
        judge(
          { kind: 'forward', side: 'receiving' },
          start,
          dueFrom(start, receiving.forward),
          state.forwardedAt && dateOf(state.forwardedAt),
        ),
        receiving.forward,
      )
    : undefined;
  if (forward) legs.push(forward);
  if (state.mode === '异地代收代办') {
    const firstPosting = state.postings?.[0];
    legs.push(
      limited(
        judge({ kind: 'post', side: 'receiving' }, start, dueFrom(start, receiving.post), firstPosting && dateOf(firstPosting.at)),
        receiving.post,
      ),
    );
  }

  const handover = forward ? forward.doneOn : start;
  const decided = state.decision && dateOf(state.decision.at);
  const received = state.handlingReceipt && { receivedOn: dateOf(state.handlingReceipt.at) };
  // A leg still waiting shows the limit it will run by, so each side sees what is coming.
  const decide = limited(
    judge({ kind: 'decide', side: 'handling' }, handover, handover && counter.dueDate(handover, limits.decision), decided),
    limits.decision,
  );
  legs.push({ ...decide, ...received });

  // The result is there to hand over once issued (准予) or once decided (不予: nothing is issued).
  const resultOn = state.result ? dateOf(state.result.at) : state.decision?.outcome === 'denied' ? decided : undefined;
  legs.push(
    limited(
      judge(
        { kind: 'deliver', side: 'receiving' },
        resultOn,
        resultOn && dueFrom(resultOn, receiving.deliver),
        state.delivery && dateOf(state.delivery.at),
      ),
      receiving.deliver,
    ),
  );

  const delays: Record<PartSide, number> = { receiving: 0, handling: 0 };
  for (const leg of legs) delays[leg.side] += leg.daysLate;
  return { legs, delays, warnings: counter.warnings() };
}
