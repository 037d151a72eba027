/** The rows 设置 lists: seeded years (read-only), entered years, and entries the seed replaced. */
import type { HolidayYear } from '../../../shared/domain/calendar/holiday-year';
import { formatHolidayDates } from '../../../shared/domain/calendar/holiday-dates-text';
import type { EffectiveHolidays } from '../../catalog/effective-holiday-calendar';

export interface HolidayYearRow {
  year: number;
  origin: 'seeded' | 'entered' | 'superseded';
  source: string;
  holidays: string;
  holidayCount: number;
  makeupWorkdays: string;
}

function inYear(dates: readonly string[], year: number): string[] {
  return dates.filter((date) => date.startsWith(`${year}-`));
}

function enteredRow(entry: HolidayYear, origin: 'entered' | 'superseded'): HolidayYearRow {
  return {
    year: entry.year,
    origin,
    source: entry.source,
    holidays: formatHolidayDates(entry.holidays),
    holidayCount: entry.holidays.length,
    makeupWorkdays: formatHolidayDates(entry.makeupWorkdays),
  };
}

export function holidayYearRows({ schedule, entered }: EffectiveHolidays, seedSource: string): HolidayYearRow[] {
  const seeded = schedule.seededYears.map((year): HolidayYearRow => {
    const holidays = inYear(schedule.data.holidays, year);
    return {
      year,
      origin: 'seeded',
      source: seedSource,
      holidays: formatHolidayDates(holidays),
      holidayCount: holidays.length,
      makeupWorkdays: formatHolidayDates(inYear(schedule.data.makeupWorkdays, year)),
    };
  });
  const own = entered.map((entry) => enteredRow(entry, schedule.supersededYears.includes(entry.year) ? 'superseded' : 'entered'));
  return [...seeded, ...own].sort((a, b) => a.year - b.year || a.origin.localeCompare(b.origin));
}
