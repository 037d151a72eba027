import { describe, expect, it } from 'vitest';
import holidays from '../../seeds/holidays-cn.json';
import {
  addCalendarDays,
  addWorkingDays,
  chinaDate,
  createHolidayCalendar,
  dueDate,
  holidayCalendarSchema,
  planDueDate,
} from '../../shared/domain/calendar/working-days';

const calendar = createHolidayCalendar(holidayCalendarSchema.parse(holidays));

describe('working days with the official holiday calendar', () => {
  it('skips 春节 2026 and works the 调休 Saturdays', () => {
    // Fri 2026-02-13 + 1: Sat 02-14 is a 调休 working day.
    expect(addWorkingDays('2026-02-13', 1, calendar)).toBe('2026-02-14');
    // Sat 02-14 + 1: 02-15..02-23 are holidays, Tue 02-24 is next.
    expect(addWorkingDays('2026-02-14', 1, calendar)).toBe('2026-02-24');
    // 02-24 + 4 = 02-28 (Sat 调休) counted: 25, 26, 27, 28.
    expect(addWorkingDays('2026-02-24', 4, calendar)).toBe('2026-02-28');
  });

  it('skips 国庆 2026 and works Sat 10-10', () => {
    expect(addWorkingDays('2026-09-30', 1, calendar)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1, calendar)).toBe('2026-10-10');
  });

  it('handles 即办 and calendar-day limits', () => {
    expect(dueDate('2026-11-27', { amount: 0, unit: 'immediate' }, calendar)).toBe('2026-11-27');
    expect(dueDate('2026-11-27', { amount: 60, unit: 'calendar-days' }, calendar)).toBe('2027-01-26');
    expect(dueDate('2026-11-27', { amount: 3, unit: 'working-days' }, calendar)).toBe('2026-12-02');
  });

  it('ends a calendar-day limit whose last day is a holiday or weekend on the next working day', () => {
    // 2025-09-26 + 5 日 = Wed 10-01 (国庆): the limit ends on Thu 10-09, the first working day.
    expect(dueDate('2025-09-26', { amount: 5, unit: 'calendar-days' }, calendar)).toBe('2025-10-09');
    // Ends on Sat 2026-11-28: moved to Mon 11-30; a 调休 Saturday is a working day and stays.
    expect(dueDate('2026-11-25', { amount: 3, unit: 'calendar-days' }, calendar)).toBe('2026-11-30');
    expect(dueDate('2026-02-11', { amount: 3, unit: 'calendar-days' }, calendar)).toBe('2026-02-14');
    // Unless the basis says the last day stands as it is.
    expect(dueDate('2025-09-26', { amount: 5, unit: 'calendar-days', lastDay: 'as-is' }, calendar)).toBe('2025-10-01');
  });

  it('never lets a calendar-day limit end on a non-working day, for any start day of 2025 and 2026', () => {
    for (let day = '2025-01-01'; day <= '2026-12-31'; day = addCalendarDays(day, 1)) {
      for (const amount of [3, 15, 30, 60])
        expect(calendar.isWorkingDay(dueDate(day, { amount, unit: 'calendar-days' }, calendar)), `${day}+${amount}`).toBe(true);
    }
  });

  it('counts legs one after the other', () => {
    // Transfer 3 working days from Fri 2026-09-18 (Sun 09-20 is a 调休 working day) -> Tue 09-22;
    // 即办; return 3: 09-23, 09-24, then 中秋 09-25..27 -> Mon 09-28.
    const legs = [
      { amount: 3, unit: 'working-days' as const },
      { amount: 0, unit: 'immediate' as const },
      { amount: 3, unit: 'working-days' as const },
    ];
    expect(planDueDate('2026-09-18', legs.slice(0, 1), calendar)).toBe('2026-09-22');
    expect(planDueDate('2026-09-18', legs, calendar)).toBe('2026-09-28');
  });

  it('dates instants in China time, not UTC', () => {
    expect(chinaDate(new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-30');
  });
});
