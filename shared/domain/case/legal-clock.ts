/**
 * The legal clock of a case (办理时限), computed from its folded event log, never stored.
 *
 * - Start: the 受理 date; for a case that went through 一次性告知, the date the missing
 *   materials were all handed in (补正), which is the legal 受理日期. Before that no clock runs.
 * - The start day itself is not counted (期间开始的当日不计入), as in addWorkingDays.
 * - Pauses: special procedures (检验、检测、专家评审、公示、听证…) are excluded from the
 *   limit. A procedure started on day S and ended on day E excludes the days S+1 … E, the
 *   same counting rule as the limit itself; one still running excludes every day up to `asOf`.
 *   A 补正 the handling side asks for after 受理 pauses the clock the same way, from the
 *   request to the day the materials came in: the time the applicant takes is not the
 *   department's. (The law fixes this for the 补正 before 受理, 行政许可法 §32(4); for one
 *   asked during 审查 we follow the same principle, as the halls' 补正不计时 practice does.)
 * - Stop: 办结 (or 不予受理 / 撤回) stops the clock; overdue then compares the stop date.
 * - 即办件 (unit 'immediate') are due on the start day.
 * - A limit in calendar days whose last day is not a working day ends on the next working day.
 * - Limits are plans of legs (matter-limits.ts): a forwarding mode adds the transfer and return
 *   legs. No legal plan (no statute sets a limit): only the promise is counted.
 * - Working days come from the holiday calendar; a day in a year the calendar has no official
 *   schedule for counts by weekends only, and the result carries a CALENDAR_NOT_SEEDED warning.
 */
import type { CaseEvent } from './case-events';
import { foldCase, type CaseState } from './case-state';
import { DayCounter, type ClockWarning, type PauseInterval } from '../calendar/day-counter';
import type { TimeLimit } from '../calendar/time-limit';
import { chinaDate, type HolidayCalendar } from '../calendar/working-days';

export type { ClockWarning, PauseInterval } from '../calendar/day-counter';

export type ClockPhase = 'notStarted' | 'running' | 'paused' | 'stopped';

export interface DueStatus {
  dueDate: string;
  /** Working days from the reference date (exclusive) to the due date (inclusive); negative once past it. */
  workingDaysLeft: number;
  overdue: boolean;
}

export interface LegalClock {
  phase: ClockPhase;
  startDate?: string;
  startedBy?: 'acceptance' | 'supplementation';
  pauses: PauseInterval[];
  /** The date the clock stopped (办结, 不予受理, 撤回). Days left and overdue are as of this date. */
  stoppedOn?: string;
  legal?: DueStatus;
  promised?: DueStatus;
  warnings: ClockWarning[];
}

/** One limit, or legs counted one after the other. */
export type ClockLimit = TimeLimit | readonly TimeLimit[];

export interface ClockLimits {
  /** Absent when no statute sets a limit for the matter. */
  legal?: ClockLimit;
  promised: ClockLimit;
}

const legsOf = (limit: ClockLimit): readonly TimeLimit[] => (Array.isArray(limit) ? limit : [limit as TimeLimit]);

/** The clock of a log: the fold, then computeLegalClock. Throws if the log does not fold. */
export function legalClockFromEvents(
  events: readonly CaseEvent[],
  limits: ClockLimits,
  calendar: HolidayCalendar,
  asOf: string,
): LegalClock {
  return computeLegalClock(foldCase(events), limits, calendar, asOf);
}

/** `asOf`: the China-local date to compute days left for (usually chinaDate(new Date())). */
export function computeLegalClock(state: CaseState, limits: ClockLimits, calendar: HolidayCalendar, asOf: string): LegalClock {
  const pauses = pausesOf(state);
  const start = clockStart(state);
  if (!start) return { phase: 'notStarted', pauses, warnings: [] };

  const stoppedOn = stopDate(state);
  const reference = stoppedOn ?? asOf;
  const counter = new DayCounter(calendar, pauses, reference);
  const due = (limit: ClockLimit): DueStatus => {
    const dueDate = legsOf(limit).reduce((date, leg) => counter.dueDate(date, leg), start.date);
    const workingDaysLeft = counter.workingDaysBetween(reference, dueDate);
    return { dueDate, workingDaysLeft, overdue: reference > dueDate };
  };
  const legal = limits.legal ? due(limits.legal) : undefined;
  const promised = due(limits.promised);
  const paused = state.status === 'specialProcedure' || state.status === 'supplementRequested';
  const phase: ClockPhase = stoppedOn ? 'stopped' : paused ? 'paused' : 'running';
  return {
    phase,
    startDate: start.date,
    startedBy: start.by,
    pauses,
    ...(stoppedOn ? { stoppedOn } : {}),
    ...(legal ? { legal } : {}),
    promised,
    warnings: counter.warnings(),
  };
}

function dateOf(instant: string): string {
  return chinaDate(new Date(instant));
}

/** The special procedures and the handling side's 补正 requests of a case as clock pauses, in China dates. */
export function pausesOf(state: CaseState): PauseInterval[] {
  return [
    ...(state.specialProcedures ?? []).map((procedure) => ({
      kind: procedure.kind,
      from: dateOf(procedure.startedAt),
      ...(procedure.endedAt === undefined ? {} : { to: dateOf(procedure.endedAt) }),
    })),
    ...(state.supplementRequests ?? []).map((request) => ({
      kind: '补正',
      from: dateOf(request.at),
      ...(request.submittedAt === undefined ? {} : { to: dateOf(request.submittedAt) }),
    })),
  ];
}

/** Where the clock starts: the 补正 day when the materials came late, else the 受理 day; none before 受理. */
export function clockStart(state: CaseState): { date: string; by: 'acceptance' | 'supplementation' } | undefined {
  if (state.supplementedAt) return { date: dateOf(state.supplementedAt), by: 'supplementation' };
  // A case opened by 不予受理 or still waiting for 补正 has no 受理 and so no clock.
  if (state.promisedDate === '') return undefined;
  return { date: dateOf(state.acceptedAt), by: 'acceptance' };
}

/** The date the clock stopped (办结, 不予受理, 撤回), if it did. */
export function stopDate(state: CaseState): string | undefined {
  const stop = state.decision ?? state.refusal ?? state.withdrawal;
  return stop ? dateOf(stop.at) : undefined;
}
