/**
 * Working-day arithmetic for legal and promised time limits: weekends and official
 * holidays are off, 调休 weekend days are worked. The calendar is data (seeds/).
 */
import { z } from 'zod';
import type { TimeLimit } from './time-limit';

export const holidayCalendarSchema = z.object({
  source: z.string(),
  years: z.array(z.number().int()),
  holidays: z.array(z.iso.date()),
  makeupWorkdays: z.array(z.iso.date()),
});
export type HolidayCalendarData = z.infer<typeof holidayCalendarSchema>;

export interface HolidayCalendar {
  isWorkingDay(isoDate: string): boolean;
  /**
   * Years whose official 放假/调休 schedule is in the data. Outside them isWorkingDay only
   * knows weekends, so callers that care (the legal clock) must warn when they go there.
   */
  readonly seededYears: readonly number[];
}

export function createHolidayCalendar(data: HolidayCalendarData): HolidayCalendar {
  const holidays = new Set(data.holidays);
  const makeup = new Set(data.makeupWorkdays);
  return {
    seededYears: data.years,
    isWorkingDay(isoDate) {
      if (holidays.has(isoDate)) return false;
      if (makeup.has(isoDate)) return true;
      const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

export function addCalendarDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The date `count` working days after `startDate` (the start day itself is not counted). */
export function addWorkingDays(startDate: string, count: number, calendar: HolidayCalendar): string {
  let date = startDate;
  let remaining = count;
  while (remaining > 0) {
    date = addCalendarDays(date, 1);
    if (calendar.isWorkingDay(date)) remaining -= 1;
  }
  return date;
}

/**
 * The last day of a limit counted in calendar days: when it is not a working day the limit
 * ends on the next working day (民法典 §203 by analogy: 期限的最后一日是法定休假日的，以法定
 * 休假日结束的次日为期限的最后一日), unless the limit's basis says otherwise ('as-is').
 */
export function calendarLimitEnd(lastDay: string, limit: Pick<TimeLimit, 'lastDay'>, calendar: HolidayCalendar): string {
  if (limit.lastDay === 'as-is') return lastDay;
  let date = lastDay;
  while (!calendar.isWorkingDay(date)) date = addCalendarDays(date, 1);
  return date;
}

/** Due date of a time limit that starts on `startDate` (China local date of acceptance). */
export function dueDate(startDate: string, limit: TimeLimit, calendar: HolidayCalendar): string {
  switch (limit.unit) {
    case 'immediate':
      return startDate;
    case 'calendar-days':
      return calendarLimitEnd(addCalendarDays(startDate, limit.amount), limit, calendar);
    case 'working-days':
      return addWorkingDays(startDate, limit.amount, calendar);
  }
}

/** Due date of legs counted one after the other (matter-limits.ts): each starts where the last ended. */
export function planDueDate(startDate: string, plan: readonly TimeLimit[], calendar: HolidayCalendar): string {
  return plan.reduce((date, leg) => dueDate(date, leg, calendar), startDate);
}

/** The China-local (UTC+8, no DST) calendar date of an instant. */
export { chinaDate } from '../../util/china-time';
