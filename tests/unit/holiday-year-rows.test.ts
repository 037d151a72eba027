/** What 设置 lists: the bundled years, the entered ones, and an entry the seed has replaced. 2027 is a TEST FIXTURE. */
import { describe, expect, it } from 'vitest';
import { effectiveHolidays } from '../../renderer/catalog/effective-holiday-calendar';
import { holidayYearRows } from '../../renderer/features/holiday-calendar/holiday-year-rows';
import { TEST_FIXTURE_2027 } from '../fixtures/holiday-year-2027';

describe('holidayYearRows', () => {
  it('lists seeded years read-only, entered years, and entries the seed supersedes', () => {
    const stale2026 = { year: 2026, source: '手工录入', holidays: ['2026-10-01'], makeupWorkdays: [] };
    const rows = holidayYearRows(effectiveHolidays([TEST_FIXTURE_2027, stale2026]), '内置来源');
    expect(rows.map((row) => [row.year, row.origin])).toEqual([
      [2025, 'seeded'],
      [2026, 'seeded'],
      [2026, 'superseded'],
      [2027, 'entered'],
    ]);
    expect(rows[3]).toMatchObject({
      holidayCount: 8,
      holidays: '2027-01-01、2027-02-05 至 2027-02-11',
      makeupWorkdays: '2027-02-14、2027-02-20',
    });
    expect(rows[1]).toMatchObject({ source: '内置来源', holidayCount: 33 });
  });

  it('gives the app a calendar that knows the entered year', () => {
    const { calendar } = effectiveHolidays([TEST_FIXTURE_2027]);
    expect(calendar.seededYears).toContain(2027);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);
  });
});
