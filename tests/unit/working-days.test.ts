import { describe, expect, it } from 'vitest';
import holidays from '../../seeds/holidays-cn.json';
import { addWorkingDays, chinaDate, createHolidayCalendar, dueDate, holidayCalendarSchema } from '../../shared/domain/working-days';

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

  it('dates instants in China time, not UTC', () => {
    expect(chinaDate(new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-30');
  });
});
