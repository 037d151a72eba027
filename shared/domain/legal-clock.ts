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
import type { TimeLimit } from './matter';
import { addCalendarDays, chinaDate, type HolidayCalendar } from './working-days';

export type ClockPhase = 'notStarted' | 'running' | 'paused' | 'stopped';

export interface ClockWarning {
  code: 'CALENDAR_NOT_SEEDED';
  /** Years the computation went into that have no official holiday schedule in the data. */
  years: number[];
  message: string;
}

export interface PauseInterval {
  kind: string;
  /** China dates; `to` absent while the procedure runs. */
  from: string;
  to?: string;
}

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
export function legalClockFromEvents(events: readonly CaseEvent[], limits: ClockLimits, calendar: HolidayCalendar, asOf: string): LegalClock {
  return computeLegalClock(foldCase(events), limits, calendar, asOf);
}

/** `asOf`: the China-local date to compute days left for (usually chinaDate(new Date())). */
export function computeLegalClock(state: CaseState, limits: ClockLimits, calendar: HolidayCalendar, asOf: string): LegalClock {
  const pauses: PauseInterval[] = [
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

function clockStart(state: CaseState): { date: string; by: 'acceptance' | 'supplementation' } | undefined {
  if (state.supplementedAt) return { date: dateOf(state.supplementedAt), by: 'supplementation' };
  // A case opened by 不予受理 or still waiting for 补正 has no 受理 and so no clock.
  if (state.promisedDate === '') return undefined;
  return { date: dateOf(state.acceptedAt), by: 'acceptance' };
}

function stopDate(state: CaseState): string | undefined {
  const stop = state.decision ?? state.refusal ?? state.withdrawal;
  return stop ? dateOf(stop.at) : undefined;
}

/** Counts days under the calendar and the pauses, remembering which unseeded years it touched. */
class DayCounter {
  private readonly unseeded = new Set<number>();

  constructor(
    private readonly calendar: HolidayCalendar,
    private readonly pauses: readonly PauseInterval[],
    /** An open pause has kept the clock still up to this date. */
    private readonly openPauseUntil: string,
  ) {}

  private paused(date: string): boolean {
    return this.pauses.some((pause) => date > pause.from && date <= (pause.to ?? this.openPauseUntil));
  }

  private isWorkingDay(date: string): boolean {
    const year = Number(date.slice(0, 4));
    if (!this.calendar.seededYears.includes(year)) this.unseeded.add(year);
    return this.calendar.isWorkingDay(date);
  }

  /** Whether `date` counts towards a limit in `unit`. */
  private counts(date: string, unit: 'working-days' | 'calendar-days'): boolean {
    if (this.paused(date)) return false;
    return unit === 'calendar-days' || this.isWorkingDay(date);
  }

  dueDate(start: string, limit: TimeLimit): string {
    if (limit.unit === 'immediate') return start;
    let date = start;
    for (let remaining = limit.amount; remaining > 0; ) {
      date = addCalendarDays(date, 1);
      if (this.counts(date, limit.unit)) remaining -= 1;
    }
    if (limit.unit === 'calendar-days' && limit.lastDay !== 'as-is') {
      while (!this.isWorkingDay(date)) date = addCalendarDays(date, 1);
    }
    return date;
  }

  /** Working days in (from, to], negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number {
    const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let date = addCalendarDays(low, 1); date <= high; date = addCalendarDays(date, 1)) {
      if (this.counts(date, 'working-days')) count += 1;
    }
    return sign * count;
  }

  warnings(): ClockWarning[] {
    if (this.unseeded.size === 0) return [];
    const years = [...this.unseeded].sort();
    return [
      {
        code: 'CALENDAR_NOT_SEEDED',
        years,
        message: `${years.join('、')}年的法定节假日安排尚未录入，这些年份只按周末计算工作日，期限可能不准确`,
      },
    ];
  }
}
