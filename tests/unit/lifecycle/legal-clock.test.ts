/**
 * Legal clock, with due dates computed by hand from the official 2025 and 2026 schedules
 * (seeds/holidays-cn.json). Instants are UTC; the clock works in China dates (UTC+8).
 */
import { describe, expect, it } from 'vitest';
import holidays from '../../../seeds/holidays-cn.json';
import type { TimeLimit } from '../../../shared/domain/calendar/time-limit';
import { legalClockFromEvents, type ClockLimits } from '../../../shared/domain/case/legal-clock';
import { createHolidayCalendar, holidayCalendarSchema } from '../../../shared/domain/calendar/working-days';
import { buildLog, HANDLER, HEADER, RECEIVER, type Step } from './lifecycle-fixtures';

const calendar = createHolidayCalendar(holidayCalendarSchema.parse(holidays));
const workingDays = (amount: number): TimeLimit => ({ amount, unit: 'working-days' });
const limits = (legal: number, promised = legal): ClockLimits => ({ legal: workingDays(legal), promised: workingDays(promised) });
/** 10:00 China time on a China date. */
const am = (date: string) => `${date}T02:00:00.000Z`;
const accepted = (date: string): Step => ['accepted', RECEIVER, { ...HEADER, promisedDate: '2099-01-01' }, am(date)];
const forwarded = (date: string): Step => ['forwarded', RECEIVER, { toProvince: '50' }, am(date)];
const received = (date: string): Step => ['received', HANDLER, {}, am(date)];
const started = (date: string): Step => ['specialProcedureStarted', HANDLER, { kind: '专家评审', reason: '需专家评审' }, am(date)];
const ended = (date: string): Step => ['specialProcedureEnded', HANDLER, { result: '通过' }, am(date)];

async function clockOf(steps: Step[], clockLimits: ClockLimits, asOf: string) {
  return legalClockFromEvents(await buildLog(steps), clockLimits, calendar, asOf);
}

describe('legal clock around 春节 and 国庆 with 调休', () => {
  it('春节 2025: holidays 01-28…02-04 skipped, Sun 01-26 and Sat 02-08 worked', async () => {
    // From Fri 01-24: 01-26(1) 01-27(2) | 02-05(3) 02-06(4) 02-07(5) 02-08(6) 02-10(7) … 02-13(10).
    const clock = await clockOf([accepted('2025-01-24')], limits(10, 5), '2025-02-10');
    expect(clock).toMatchObject({ phase: 'running', startDate: '2025-01-24', startedBy: 'acceptance', warnings: [] });
    expect(clock.legal).toEqual({ dueDate: '2025-02-13', workingDaysLeft: 3, overdue: false });
    // Promised 5 days: due 02-07; on 02-10 two working days past it (Sat 02-08 调休, Mon 02-10).
    expect(clock.promised).toEqual({ dueDate: '2025-02-07', workingDaysLeft: -2, overdue: true });
  });

  it('国庆 2025: holidays 10-01…10-08 skipped, Sun 09-28 and Sat 10-11 worked', async () => {
    // From Fri 09-26: 09-28(1) 09-29(2) 09-30(3) | 10-09(4) 10-10(5) 10-11(6).
    const clock = await clockOf([accepted('2025-09-26')], limits(5, 6), '2025-09-26');
    expect(clock.legal?.dueDate).toBe('2025-10-10');
    expect(clock.promised?.dueDate).toBe('2025-10-11');
    expect(clock.legal?.workingDaysLeft).toBe(5);
  });

  it('春节 2026 with a special procedure: the paused working days push the due date', async () => {
    // Without pause, from Thu 02-12: 02-13(1) 02-14(2 调休) | 02-24(3) … 02-27(6) 02-28(7 调休) 03-02(8) 03-03(9) 03-04(10).
    const plain = await clockOf([accepted('2026-02-12'), forwarded('2026-02-12'), received('2026-02-13')], limits(10), '2026-02-13');
    expect(plain.legal?.dueDate).toBe('2026-03-04');
    // 专家评审 02-25 → 02-27 excludes 02-26 and 02-27: due two working days later, Fri 03-06.
    const steps = [accepted('2026-02-12'), forwarded('2026-02-12'), received('2026-02-13'), started('2026-02-25'), ended('2026-02-27')];
    const paused = await clockOf(steps, limits(10), '2026-03-02');
    expect(paused).toMatchObject({ phase: 'running', pauses: [{ kind: '专家评审', from: '2026-02-25', to: '2026-02-27' }] });
    expect(paused.legal).toEqual({ dueDate: '2026-03-06', workingDaysLeft: 4, overdue: false });
  });

  it('a running special procedure pauses the clock up to today', async () => {
    // From Mon 11-30: 12-01(1), paused 12-02…12-04, then 12-07(2) … 12-10(5).
    const steps = [accepted('2026-11-30'), forwarded('2026-11-30'), received('2026-11-30'), started('2026-12-01')];
    const clock = await clockOf(steps, limits(5), '2026-12-04');
    expect(clock).toMatchObject({ phase: 'paused', pauses: [{ from: '2026-12-01' }] });
    expect(clock.pauses[0]).not.toHaveProperty('to');
    expect(clock.legal).toEqual({ dueDate: '2026-12-10', workingDaysLeft: 4, overdue: false });
  });

  it('restarts at 补正: 国庆 2026 counted from the day the materials were complete, in China time', async () => {
    const steps: Step[] = [
      ['notified', RECEIVER, undefined, am('2026-09-18')],
      // 01:30 on 09-29 in China, still 09-28 in UTC.
      ['supplemented', RECEIVER, undefined, '2026-09-28T17:30:00.000Z'],
      accepted('2026-09-30'),
    ];
    const waiting = await clockOf(steps.slice(0, 1), limits(5), '2026-09-20');
    expect(waiting).toEqual({ phase: 'notStarted', pauses: [], warnings: [] });
    // From Tue 09-29: 09-30(1) | 10-01…10-07 | 10-08(2) 10-09(3) 10-10(4 调休) 10-12(5).
    // (Counted from 受理 on 09-30 it would be 10-13.)
    const clock = await clockOf(steps, limits(5), '2026-10-09');
    expect(clock).toMatchObject({ phase: 'running', startDate: '2026-09-29', startedBy: 'supplementation' });
    expect(clock.legal).toEqual({ dueDate: '2026-10-12', workingDaysLeft: 2, overdue: false });
  });

  it('即办件 are due the same day', async () => {
    const immediate: ClockLimits = { legal: { amount: 0, unit: 'immediate' }, promised: { amount: 0, unit: 'immediate' } };
    const sameDay = await clockOf([accepted('2026-11-27')], immediate, '2026-11-27');
    expect(sameDay.legal).toEqual({ dueDate: '2026-11-27', workingDaysLeft: 0, overdue: false });
    const monday = await clockOf([accepted('2026-11-27')], immediate, '2026-11-30');
    expect(monday.legal).toEqual({ dueDate: '2026-11-27', workingDaysLeft: -1, overdue: true });
  });

  it('calendar-day limits count every day except paused ones', async () => {
    const calendarDays = (amount: number): ClockLimits => ({ legal: { amount, unit: 'calendar-days' }, promised: workingDays(3) });
    const plain = await clockOf([accepted('2026-11-02')], calendarDays(20), '2026-11-02');
    // The 20th day is Sun 11-22: the limit ends on the next working day, Mon 11-23.
    expect(plain.legal?.dueDate).toBe('2026-11-23');
    const asIs: ClockLimits = { legal: { amount: 20, unit: 'calendar-days', lastDay: 'as-is' }, promised: workingDays(3) };
    expect((await clockOf([accepted('2026-11-02')], asIs, '2026-11-02')).legal?.dueDate).toBe('2026-11-22');
    // 公示 11-05 → 11-10 excludes 11-06…11-10: five days more.
    const steps = [accepted('2026-11-02'), forwarded('2026-11-02'), received('2026-11-03'), started('2026-11-05'), ended('2026-11-10')];
    expect((await clockOf(steps, calendarDays(20), '2026-11-10')).legal?.dueDate).toBe('2026-11-27');
  });

  it('stops at 办结: overdue and days left are judged on the decision date', async () => {
    // From Mon 11-30: 12-01 … 12-04 (4), 12-07 (5); decided Tue 12-08, one working day late.
    const steps: Step[] = [
      accepted('2026-11-30'),
      forwarded('2026-11-30'),
      ['decided', HANDLER, { outcome: 'approved', opinion: '准予' }, am('2026-12-08')],
    ];
    const clock = await clockOf(steps, limits(5), '2026-12-31');
    expect(clock).toMatchObject({ phase: 'stopped', stoppedOn: '2026-12-08' });
    expect(clock.legal).toEqual({ dueDate: '2026-12-07', workingDaysLeft: -1, overdue: true });
  });

  it('warns, never silently, when it counts in a year with no official schedule (2027)', async () => {
    // From Fri 2026-12-25: 12-28…12-31 (4); 2027 by weekends only: 01-01(5!) 01-04…01-22 (20).
    const clock = await clockOf([accepted('2026-12-25')], limits(20), '2026-12-25');
    expect(clock.legal?.dueDate).toBe('2027-01-22');
    expect(clock.warnings).toEqual([{ code: 'CALENDAR_NOT_SEEDED', years: [2027], message: expect.stringContaining('2027年') as unknown }]);
    const inside = await clockOf([accepted('2026-11-02')], limits(5), '2026-11-02');
    expect(inside.warnings).toEqual([]);
  });
});
