/**
 * Counts days for the legal clock and the case's parts (legal-clock.ts, case-parts-clock.ts):
 * working or calendar days under the holiday calendar, skipping the days a special procedure
 * paused the clock, and remembering which years it went into without an official schedule.
 */
import type { TimeLimit } from './time-limit';
import { addCalendarDays, type HolidayCalendar } from './working-days';

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

/** Counts days under the calendar and the pauses, remembering which unseeded years it touched. */
export class DayCounter {
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
    for (let remaining = limit.amount; remaining > 0;) {
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
