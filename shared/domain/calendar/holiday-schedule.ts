/**
 * The calendar the legal clock counts with: the bundled seed plus the years the administrator
 * entered in 设置 (holiday-year.ts).
 *
 * Rule: the seed wins. A year the seed covers is never taken from an entry: the seed ships
 * reviewed with a release, an entry is a stopgap typed by hand. So once a release seeds a year
 * that was entered, the entry stops counting and is reported as `supersededYears` (设置 shows
 * it as 已由内置数据取代; the administrator may delete it). The 设置 form refuses seeded years
 * up front, so this mostly matters after an upgrade.
 */
import type { HolidayYear } from './holiday-year';
import { createHolidayCalendar, type HolidayCalendar, type HolidayCalendarData } from './working-days';

export interface HolidaySchedule {
  data: HolidayCalendarData;
  /** Years from the seed (read-only). */
  seededYears: number[];
  /** Entered years that count, ascending. */
  enteredYears: number[];
  /** Entered years ignored because the seed now covers them. */
  supersededYears: number[];
}

export function mergeHolidaySchedule(seed: HolidayCalendarData, entered: readonly HolidayYear[]): HolidaySchedule {
  const seeded = new Set(seed.years);
  const applied = [...entered].filter((entry) => !seeded.has(entry.year)).sort((a, b) => a.year - b.year);
  const superseded = entered.filter((entry) => seeded.has(entry.year)).map((entry) => entry.year);
  const sources = applied.map((entry) => `${entry.year}年：${entry.source}（本机录入）`);
  return {
    data: {
      source: [seed.source, ...sources].join('；'),
      years: [...seed.years, ...applied.map((entry) => entry.year)].sort((a, b) => a - b),
      holidays: [...seed.holidays, ...applied.flatMap((entry) => entry.holidays)].sort(),
      makeupWorkdays: [...seed.makeupWorkdays, ...applied.flatMap((entry) => entry.makeupWorkdays)].sort(),
    },
    seededYears: [...seed.years].sort((a, b) => a - b),
    enteredYears: applied.map((entry) => entry.year),
    supersededYears: [...new Set(superseded)].sort((a, b) => a - b),
  };
}

/** The working-day calendar of seed + entered years. */
export function holidayCalendarOf(seed: HolidayCalendarData, entered: readonly HolidayYear[]): HolidayCalendar {
  return createHolidayCalendar(mergeHolidaySchedule(seed, entered).data);
}

/**
 * Years whose schedule should be entered now, as of China date `today`: this year when missing,
 * and next year from November on (the State Council publishes it in late autumn).
 */
export function scheduleYearsDue(today: string, knownYears: readonly number[]): number[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const wanted = month >= 11 ? [year, year + 1] : [year];
  return wanted.filter((candidate) => !knownYears.includes(candidate));
}
