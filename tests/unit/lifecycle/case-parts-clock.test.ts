/**
 * Two clocks, one case: the receiving legs (推送, 寄递) and the handling part, each against its
 * own limit, so a delay is put down to the side that caused it. Dates in late 2026 (no
 * holidays between 11-30 and 12-18): Mon 11-30, Fri 12-04, Mon 12-07 …
 */
import { describe, expect, it } from 'vitest';
import holidays from '../../../seeds/holidays-cn.json';
import { computeCaseParts, type PartLimits } from '../../../shared/domain/case-parts-clock';
import { foldCase } from '../../../shared/domain/case-state';
import type { OpeningHeader } from '../../../shared/domain/case-events';
import type { TimeLimit } from '../../../shared/domain/matter';
import { createHolidayCalendar, holidayCalendarSchema } from '../../../shared/domain/working-days';
import { buildLog, HANDLER, HEADER, RECEIVER, type Step } from './lifecycle-fixtures';

const calendar = createHolidayCalendar(holidayCalendarSchema.parse(holidays));
const workingDays = (amount: number): TimeLimit => ({ amount, unit: 'working-days' });
const PROMISED_5: PartLimits = { promised: workingDays(5) };
const am = (date: string) => `${date}T02:00:00.000Z`;
const withLimits = (limits: OpeningHeader['receivingLimits']): OpeningHeader => ({ ...HEADER, ...(limits ? { receivingLimits: limits } : {}) });
const accepted = (date: string, header = withLimits({ forward: workingDays(1), post: workingDays(2) })): Step => [
  'accepted',
  RECEIVER,
  { ...header, promisedDate: '2099-01-01' },
  am(date),
];
const forwarded = (date: string): Step => ['forwarded', RECEIVER, { toProvince: '50' }, am(date)];
const posted = (date: string): Step => ['materialsPosted', RECEIVER, { carrier: 'EMS', waybillNo: 'EA123456789CN' }, am(date)];
const received = (date: string): Step => ['received', HANDLER, {}, am(date)];
const decided = (date: string): Step => ['decided', HANDLER, { outcome: 'approved', opinion: '准予' }, am(date)];

async function partsOf(steps: Step[], limits: PartLimits, asOf: string) {
  return computeCaseParts(foldCase(await buildLog(steps)), limits, calendar, asOf);
}

describe('the parts of a cross-province case', () => {
  it('a late 寄递 is the receiving side’s delay, and the handling side decided on time', async () => {
    const parts = await partsOf([accepted('2026-11-30'), forwarded('2026-11-30'), posted('2026-12-04'), received('2026-12-01'), decided('2026-12-07')], PROMISED_5, '2026-12-10');
    expect(parts?.legs).toEqual([
      { kind: 'forward', side: 'receiving', progress: 'done', from: '2026-11-30', limit: workingDays(1), dueDate: '2026-12-01', doneOn: '2026-11-30', daysLate: 0 },
      // Due Wed 12-02; posted Fri 12-04: two working days late.
      { kind: 'post', side: 'receiving', progress: 'done', from: '2026-11-30', limit: workingDays(2), dueDate: '2026-12-02', doneOn: '2026-12-04', daysLate: 2 },
      {
        kind: 'decide',
        side: 'handling',
        progress: 'done',
        from: '2026-11-30',
        limit: workingDays(5),
        dueBy: 'promisedDate',
        dueDate: '2026-12-07',
        doneOn: '2026-12-07',
        daysLate: 0,
        receivedOn: '2026-12-01',
      },
    ]);
    expect(parts?.delays).toEqual({ receiving: 2, handling: 0 });
  });

  it('a late 推送 moves the handling side’s due date by the days it cost, and charges them to the receiving side', async () => {
    // Forward due Tue 12-01, done Thu 12-03: 2 days late. Promised due Mon 12-07 + 2 = Wed 12-09.
    const onTime = await partsOf([accepted('2026-11-30'), forwarded('2026-12-03'), decided('2026-12-09')], PROMISED_5, '2026-12-10');
    expect(onTime?.legs[2]).toMatchObject({ from: '2026-12-03', dueDate: '2026-12-09', extendedBy: 2, daysLate: 0 });
    // The originals are still not posted: due 12-02, six working days late by Thu 12-10.
    expect(onTime?.delays).toEqual({ receiving: 2 + 6, handling: 0 });
    const late = await partsOf([accepted('2026-11-30'), forwarded('2026-12-03'), decided('2026-12-10')], PROMISED_5, '2026-12-10');
    expect(late?.legs[2]).toMatchObject({ dueDate: '2026-12-09', doneOn: '2026-12-10', daysLate: 1 });
    expect(late?.delays.handling).toBe(1);
  });

  it('an open leg counts days left, then days late, as of today', async () => {
    const steps = [accepted('2026-11-30'), forwarded('2026-11-30')];
    const before = await partsOf(steps, PROMISED_5, '2026-12-01');
    expect(before?.legs[1]).toMatchObject({ kind: 'post', progress: 'running', dueDate: '2026-12-02', workingDaysLeft: 1, daysLate: 0 });
    const after = await partsOf(steps, PROMISED_5, '2026-12-08');
    expect(after?.legs[1]).toMatchObject({ progress: 'running', workingDaysLeft: -4, daysLate: 4 });
    expect(after?.legs[2]).toMatchObject({ kind: 'decide', progress: 'running', dueDate: '2026-12-07', workingDaysLeft: -1, daysLate: 1 });
    expect(after?.delays).toEqual({ receiving: 4, handling: 1 });
  });

  it('a leg with no recorded limit is shown but never judged, and moves nothing', async () => {
    const parts = await partsOf([accepted('2026-11-30', withLimits(undefined)), forwarded('2026-12-03')], PROMISED_5, '2026-12-10');
    expect(parts?.legs[0]).toEqual({ kind: 'forward', side: 'receiving', progress: 'done', from: '2026-11-30', doneOn: '2026-12-03', daysLate: 0 });
    expect(parts?.legs[1]).toEqual({ kind: 'post', side: 'receiving', progress: 'running', from: '2026-11-30', daysLate: 0 });
    expect(parts?.legs[2]).toMatchObject({ dueDate: '2026-12-07', daysLate: 3 });
    expect(parts?.legs[2]).not.toHaveProperty('extendedBy');
  });

  it('a matter whose handling place has its own limit counts it from the 推送 day', async () => {
    // 10 working days from Wed 12-02: due Wed 12-16; as of Thu 12-17 one day late.
    const limits: PartLimits = { promised: workingDays(10), handling: { ...workingDays(10), basis: '办理地收到材料后10个工作日内作出决定' } };
    const parts = await partsOf([accepted('2026-11-30'), forwarded('2026-12-02')], limits, '2026-12-17');
    expect(parts?.legs[2]).toMatchObject({ from: '2026-12-02', dueBy: 'handlingLimit', dueDate: '2026-12-16', daysLate: 1, limit: limits.handling });
    expect(parts?.delays).toEqual({ receiving: 1 + 11, handling: 1 });
  });

  it('waits for 推送 before the handling part starts, and 撤回 ends the open legs on its day', async () => {
    const waiting = await partsOf([accepted('2026-11-30')], PROMISED_5, '2026-12-01');
    expect(waiting?.legs[2]).toEqual({ kind: 'decide', side: 'handling', progress: 'waiting', daysLate: 0 });
    const withdrawn = await partsOf([accepted('2026-11-30'), ['withdrawn', RECEIVER, { reason: '申请人撤回' }, am('2026-12-03')]], PROMISED_5, '2026-12-18');
    // Forward due 12-01, ended 12-03: late 2 as of the withdrawal, not as of today.
    expect(withdrawn?.legs[0]).toMatchObject({ progress: 'ended', daysLate: 2 });
    expect(withdrawn?.legs[2]).toMatchObject({ progress: 'waiting' });
  });

  it('has no parts before 受理, and no 推送 leg for a case handled in its own province', async () => {
    expect(await partsOf([['notified', RECEIVER]], PROMISED_5, '2026-12-01')).toBeUndefined();
    const local = withLimits({ forward: workingDays(1) });
    const sameProvince: OpeningHeader = { ...local, mode: '线下一地办', routing: { ...local.routing, handling: { province: '51', division: '510104', name: '成都市锦江区' } } };
    const parts = await partsOf([accepted('2026-11-30', sameProvince)], PROMISED_5, '2026-12-01');
    expect(parts?.legs.map((leg) => leg.kind)).toEqual(['decide']);
    expect(parts?.legs[0]).toMatchObject({ from: '2026-11-30', progress: 'running', dueDate: '2026-12-07' });
  });
});
