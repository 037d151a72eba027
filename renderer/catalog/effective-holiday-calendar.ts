/**
 * The holiday calendar the app counts with: the bundled seed (catalog.ts) plus the years the
 * administrator entered in 设置 (workstation settings `holidayYears`). Built by the shell from
 * the settings it holds and handed down through the Workstation context, so saving a year in
 * 设置 re-reads the settings and every due date uses the new calendar without a reload.
 * The merge rule (the seed wins) lives in shared/domain/calendar/holiday-schedule.ts.
 */
import { mergeHolidaySchedule, type HolidaySchedule } from '../../shared/domain/calendar/holiday-schedule';
import type { HolidayYear } from '../../shared/domain/calendar/holiday-year';
import { createHolidayCalendar, type HolidayCalendar } from '../../shared/domain/calendar/working-days';
import { seededHolidays } from './catalog';

export interface EffectiveHolidays {
  calendar: HolidayCalendar;
  schedule: HolidaySchedule;
  /** As stored in the settings, for 设置 to list and delete. */
  entered: readonly HolidayYear[];
}

export function effectiveHolidays(entered: readonly HolidayYear[]): EffectiveHolidays {
  const schedule = mergeHolidaySchedule(seededHolidays, entered);
  return { calendar: createHolidayCalendar(schedule.data), schedule, entered };
}
