/**
 * Seed + entered years: the merge rule (the seed wins), the reminder for the coming year, and
 * the legal clock before and after the administrator enters 2027. The 2027 dates are a TEST
 * FIXTURE (tests/fixtures/holiday-year-2027.ts), not the official schedule.
 */
import { describe, expect, it } from 'vitest';
import holidays from '../../seeds/holidays-cn.json';
import { holidayCalendarOf, mergeHolidaySchedule, scheduleYearsDue } from '../../shared/domain/calendar/holiday-schedule';
import { legalClockFromEvents, type ClockLimits } from '../../shared/domain/case/legal-clock';
import { holidayCalendarSchema } from '../../shared/domain/calendar/working-days';
import { TEST_FIXTURE_2027 } from '../fixtures/holiday-year-2027';
import { buildLog, HEADER, RECEIVER, type Step } from './lifecycle/lifecycle-fixtures';

const seed = holidayCalendarSchema.parse(holidays);
const nineWorkingDays: ClockLimits = { legal: { amount: 9, unit: 'working-days' }, promised: { amount: 9, unit: 'working-days' } };
const acceptedOn = (date: string): Step => ['accepted', RECEIVER, { ...HEADER, promisedDate: '2099-01-01' }, `${date}T02:00:00.000Z`];

describe('mergeHolidaySchedule', () => {
  it('adds an entered year to the seeded ones', () => {
    const schedule = mergeHolidaySchedule(seed, [TEST_FIXTURE_2027]);
    expect(schedule).toMatchObject({ seededYears: [2025, 2026], enteredYears: [2027], supersededYears: [] });
    expect(schedule.data.years).toEqual([2025, 2026, 2027]);
    expect(schedule.data.holidays).toContain('2027-02-05');
    expect(schedule.data.makeupWorkdays).toContain('2027-02-20');
    expect(schedule.data.source).toContain('2027年：测试数据（非官方）（本机录入）');
  });

  it('never lets an entry override a seeded year: the seed wins and the entry is reported', () => {
    const wrong2026 = { year: 2026, source: '手工录入', holidays: ['2026-03-02'], makeupWorkdays: ['2026-02-15'] };
    const schedule = mergeHolidaySchedule(seed, [wrong2026, TEST_FIXTURE_2027]);
    expect(schedule).toMatchObject({ enteredYears: [2027], supersededYears: [2026] });
    const calendar = holidayCalendarOf(seed, [wrong2026]);
    expect(calendar.isWorkingDay('2026-03-02')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-15')).toBe(false);
    expect(calendar.seededYears).toEqual([2025, 2026]);
  });
});

describe('scheduleYearsDue', () => {
  it('asks for next year from November on, and for this year whenever it is missing', () => {
    expect(scheduleYearsDue('2026-10-31', [2025, 2026])).toEqual([]);
    expect(scheduleYearsDue('2026-11-01', [2025, 2026])).toEqual([2027]);
    expect(scheduleYearsDue('2026-12-31', [2025, 2026, 2027])).toEqual([]);
    expect(scheduleYearsDue('2027-03-01', [2025, 2026])).toEqual([2027]);
  });
});

describe('legal clock across the entered 2027 春节 (TEST FIXTURE dates)', () => {
  it('before entry: warns CALENDAR_NOT_SEEDED and counts weekends only', async () => {
    // From Wed 02-03: 02-04(1) 02-05(2) 02-08(3) … 02-12(7) 02-15(8) 02-16(9).
    const clock = legalClockFromEvents(
      await buildLog([acceptedOn('2027-02-03')]),
      nineWorkingDays,
      holidayCalendarOf(seed, []),
      '2027-02-03',
    );
    expect(clock.promised?.dueDate).toBe('2027-02-16');
    expect(clock.warnings).toMatchObject([{ code: 'CALENDAR_NOT_SEEDED', years: [2027] }]);
  });

  it('after entry: no warning, 02-05…02-11 skipped, Sun 02-14 and Sat 02-20 worked', async () => {
    // From Wed 02-03: 02-04(1) | 02-12(2) 02-14(3 调休) 02-15(4) … 02-19(8) 02-20(9 调休, Saturday).
    const calendar = holidayCalendarOf(seed, [TEST_FIXTURE_2027]);
    const clock = legalClockFromEvents(await buildLog([acceptedOn('2027-02-03')]), nineWorkingDays, calendar, '2027-02-12');
    expect(clock.warnings).toEqual([]);
    expect(clock.promised).toEqual({ dueDate: '2027-02-20', workingDaysLeft: 7, overdue: false });
  });
});
