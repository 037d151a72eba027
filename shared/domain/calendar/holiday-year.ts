/**
 * One year's official 放假/调休 schedule as the hall's administrator enters it from the State
 * Council notice (国务院办公厅关于X年部分节假日安排的通知) when it is published, for years the
 * bundled seed (seeds/holidays-cn.json) does not cover yet. Stored in the workstation settings
 * (`holidayYears`) and merged with the seed by holiday-schedule.ts.
 *
 * The rules catch typing slips, not policy: every date inside the year, no date twice, no day
 * both off and worked, and 调休上班日 only on a Saturday or Sunday (a weekday is worked anyway).
 */
import { z } from 'zod';

export const MIN_HOLIDAY_YEAR = 2000;
export const MAX_HOLIDAY_YEAR = 2100;

function isWeekend(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function duplicates(dates: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(dates.filter((date) => seen.has(date) || !seen.add(date)))];
}

export const holidayYearSchema = z
  .object({
    year: z
      .number({ message: '请填写年份' })
      .int({ message: '年份应为整数' })
      .min(MIN_HOLIDAY_YEAR, { message: `年份应在${MIN_HOLIDAY_YEAR}至${MAX_HOLIDAY_YEAR}之间` })
      .max(MAX_HOLIDAY_YEAR, { message: `年份应在${MIN_HOLIDAY_YEAR}至${MAX_HOLIDAY_YEAR}之间` }),
    /** The notice it was typed from, e.g. "国办发明电〔2026〕7号", so anyone can check it later. */
    source: z.string().trim().min(2, { message: '请填写通知文号或来源' }).max(120, { message: '通知文号或来源不超过120字' }),
    holidays: z
      .array(z.iso.date({ message: '放假日期格式应为YYYY-MM-DD' }))
      .min(1, { message: '请至少填写一天放假日期' })
      .max(80),
    makeupWorkdays: z.array(z.iso.date({ message: '调休上班日期格式应为YYYY-MM-DD' })).max(30),
  })
  .superRefine((entry, context) => {
    const prefix = `${entry.year}-`;
    const report = (path: 'holidays' | 'makeupWorkdays', message: string) => context.addIssue({ code: 'custom', path: [path], message });
    const outside = (dates: readonly string[]) => dates.filter((date) => !date.startsWith(prefix));
    const holidaysOutside = outside(entry.holidays);
    if (holidaysOutside.length > 0) report('holidays', `放假日期不在${entry.year}年内：${holidaysOutside.join('、')}`);
    const makeupOutside = outside(entry.makeupWorkdays);
    if (makeupOutside.length > 0) report('makeupWorkdays', `调休上班日期不在${entry.year}年内：${makeupOutside.join('、')}`);
    const holidayTwice = duplicates(entry.holidays);
    if (holidayTwice.length > 0) report('holidays', `放假日期重复：${holidayTwice.join('、')}`);
    const makeupTwice = duplicates(entry.makeupWorkdays);
    if (makeupTwice.length > 0) report('makeupWorkdays', `调休上班日期重复：${makeupTwice.join('、')}`);
    const holidaySet = new Set(entry.holidays);
    const both = entry.makeupWorkdays.filter((date) => holidaySet.has(date));
    if (both.length > 0) report('makeupWorkdays', `同一天不能既放假又上班：${both.join('、')}`);
    const weekdays = entry.makeupWorkdays.filter((date) => !isWeekend(date));
    if (weekdays.length > 0) report('makeupWorkdays', `调休上班日应为周六或周日：${weekdays.join('、')}`);
  });
export type HolidayYear = z.infer<typeof holidayYearSchema>;

/** What the administrator may store: a handful of years, one entry per year. */
export const holidayYearsSchema = z.array(holidayYearSchema).max(20);

export const removeHolidayYearSchema = z.object({ year: z.number().int().min(MIN_HOLIDAY_YEAR).max(MAX_HOLIDAY_YEAR) });
