/** The entered-year schema (Chinese messages) and the pasted-notice date reader. */
import { describe, expect, it } from 'vitest';
import { holidayYearSchema, type HolidayYear } from '../../shared/domain/calendar/holiday-year';
import { formatHolidayDates, parseHolidayDatesText } from '../../shared/domain/calendar/holiday-dates-text';
import { TEST_FIXTURE_2027 } from '../fixtures/holiday-year-2027';

function firstMessage(entry: unknown): string | undefined {
  const parsed = holidayYearSchema.safeParse(entry);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}
const with2027 = (change: Partial<HolidayYear>) => ({ ...TEST_FIXTURE_2027, ...change });

describe('holidayYearSchema', () => {
  it('accepts the 2027 test fixture', () => {
    expect(holidayYearSchema.parse(TEST_FIXTURE_2027)).toEqual(TEST_FIXTURE_2027);
  });

  it('refuses dates outside the year', () => {
    expect(firstMessage(with2027({ holidays: ['2026-12-31', '2027-01-01'] }))).toBe('放假日期不在2027年内：2026-12-31');
    expect(firstMessage(with2027({ makeupWorkdays: ['2028-01-08'] }))).toBe('调休上班日期不在2027年内：2028-01-08');
  });

  it('refuses a day both off and worked, and duplicates', () => {
    expect(firstMessage(with2027({ makeupWorkdays: ['2027-02-06'] }))).toBe('同一天不能既放假又上班：2027-02-06');
    expect(firstMessage(with2027({ holidays: ['2027-01-01', '2027-01-01'] }))).toBe('放假日期重复：2027-01-01');
    expect(firstMessage(with2027({ makeupWorkdays: ['2027-02-14', '2027-02-14'] }))).toBe('调休上班日期重复：2027-02-14');
  });

  it('refuses a weekday as 调休上班日 (Mon 2027-02-15 is worked anyway)', () => {
    expect(firstMessage(with2027({ makeupWorkdays: ['2027-02-15'] }))).toBe('调休上班日应为周六或周日：2027-02-15');
  });

  it('needs holidays, a source and a sane year', () => {
    expect(firstMessage(with2027({ holidays: [] }))).toBe('请至少填写一天放假日期');
    expect(firstMessage(with2027({ source: ' ' }))).toBe('请填写通知文号或来源');
    expect(firstMessage(with2027({ year: 1999, holidays: ['1999-10-01'], makeupWorkdays: [] }))).toBe('年份应在2000至2100之间');
    expect(firstMessage(with2027({ holidays: ['2027-02-30'] }))).toBe('放假日期格式应为YYYY-MM-DD');
  });
});

describe('parseHolidayDatesText', () => {
  it('reads ISO dates and ranges, one per line or separated by 、', () => {
    expect(parseHolidayDatesText('2027-01-01\n2027-02-05 至 2027-02-07、2027-02-09~2027-02-10', 2027)).toEqual({
      dates: ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-09', '2027-02-10'],
      errors: [],
    });
  });

  it('reads a line pasted from the notice, with the year being entered', () => {
    expect(parseHolidayDatesText('春节：2月5日（农历除夕）至11日放假调休，共7天。', 2027)).toEqual({
      dates: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
      errors: [],
    });
    expect(parseHolidayDatesText('2月14日（星期日）、2月20日（星期六）上班', 2027)).toEqual({
      dates: ['2027-02-14', '2027-02-20'],
      errors: [],
    });
    expect(parseHolidayDatesText('2027年9月30日至10月7日', 2027).dates).toHaveLength(8);
  });

  it('reports what it cannot read instead of dropping it', () => {
    expect(parseHolidayDatesText('2027-02-05 至 2027-02-01\n明天\n2027-02-30', 2027).errors).toEqual([
      '“2027-02-05 至 2027-02-01”的结束日期早于开始日期',
      '无法识别“明天”',
      '无法识别“2027-02-30”',
    ]);
  });
});

describe('formatHolidayDates', () => {
  it('writes runs of days as ranges, which parseHolidayDatesText reads back', () => {
    const text = formatHolidayDates(TEST_FIXTURE_2027.holidays);
    expect(text).toBe('2027-01-01、2027-02-05 至 2027-02-11');
    expect(parseHolidayDatesText(text, 2027).dates).toEqual(TEST_FIXTURE_2027.holidays);
  });
});
