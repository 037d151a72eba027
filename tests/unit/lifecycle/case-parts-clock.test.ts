/**
 * Two clocks, one case: the receiving legs (推送, 寄递, 送达) and the handling part's decision,
 * each against its own limit and counted from the day the leg before it ended, so a delay is
 * put down to the side that caused it. Dates in late 2026 (no
 * holidays between 11-30 and 12-18): Mon 11-30, Fri 12-04, Mon 12-07 …
 */
import { describe, expect, it } from 'vitest';
import holidays from '../../../seeds/holidays-cn.json';
import { computeCaseParts, type PartLimits } from '../../../shared/domain/case/case-parts-clock';
import { foldCase } from '../../../shared/domain/case/case-state';
import type { OpeningHeader } from '../../../shared/domain/case/case-events';
import type { TimeLimit } from '../../../shared/domain/calendar/time-limit';
import { createHolidayCalendar, holidayCalendarSchema } from '../../../shared/domain/calendar/working-days';
import { buildLog, HANDLER, HEADER, RECEIVER, type Step } from './lifecycle-fixtures';

const calendar = createHolidayCalendar(holidayCalendarSchema.parse(holidays));
const workingDays = (amount: number): TimeLimit => ({ amount, unit: 'working-days' });
const DECISION_5: PartLimits = { decision: workingDays(5) };
const am = (date: string) => `${date}T02:00:00.000Z`;
const withLimits = (limits: OpeningHeader['receivingLimits']): OpeningHeader => ({
  ...HEADER,
  ...(limits ? { receivingLimits: limits } : {}),
});
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
const denied = (date: string): Step => [
  'decided',
  HANDLER,
  { outcome: 'denied', opinion: '不予', reasons: '材料不符', legalBasis: '某条' },
  am(date),
];
const issued = (date: string): Step => [
  'resultIssued',
  HANDLER,
  { certificateName: '无犯罪记录证明', certificateNumber: 'CQ2026-000123', issuedOn: date },
  am(date),
];
const handedOver = (date: string): Step => ['resultHandedOver', RECEIVER, { method: 'window', recipient: '张晓燕' }, am(date)];

async function partsOf(steps: Step[], limits: PartLimits, asOf: string) {
  return computeCaseParts(foldCase(await buildLog(steps)), limits, calendar, asOf);
}

describe('the parts of a cross-province case', () => {
  it('a late 寄递 is the receiving side’s delay, and the handling side decided on time', async () => {
    const parts = await partsOf(
      [accepted('2026-11-30'), forwarded('2026-11-30'), posted('2026-12-04'), received('2026-12-01'), decided('2026-12-07')],
      DECISION_5,
      '2026-12-10',
    );
    expect(parts?.legs).toEqual([
      {
        kind: 'forward',
        side: 'receiving',
        progress: 'done',
        from: '2026-11-30',
        limit: workingDays(1),
        dueDate: '2026-12-01',
        doneOn: '2026-11-30',
        daysLate: 0,
      },
      // Due Wed 12-02; posted Fri 12-04: two working days late.
      {
        kind: 'post',
        side: 'receiving',
        progress: 'done',
        from: '2026-11-30',
        limit: workingDays(2),
        dueDate: '2026-12-02',
        doneOn: '2026-12-04',
        daysLate: 2,
      },
      {
        kind: 'decide',
        side: 'handling',
        progress: 'done',
        from: '2026-11-30',
        limit: workingDays(5),
        dueDate: '2026-12-07',
        doneOn: '2026-12-07',
        daysLate: 0,
        receivedOn: '2026-12-01',
      },
      // No result yet: 送达 has not started.
      { kind: 'deliver', side: 'receiving', progress: 'waiting', daysLate: 0 },
    ]);
    expect(parts?.delays).toEqual({ receiving: 2, handling: 0 });
  });

  it('a late 推送 moves the handling side’s due date by the days it cost, and charges them to the receiving side', async () => {
    // Forward due Tue 12-01, done Thu 12-03: 2 days late. The decision counts 5 from 12-03: Thu 12-10.
    const onTime = await partsOf([accepted('2026-11-30'), forwarded('2026-12-03'), decided('2026-12-10')], DECISION_5, '2026-12-10');
    expect(onTime?.legs[2]).toMatchObject({ from: '2026-12-03', dueDate: '2026-12-10', daysLate: 0 });
    // The originals are still not posted: due 12-02, six working days late by Thu 12-10.
    expect(onTime?.delays).toEqual({ receiving: 2 + 6, handling: 0 });
    const late = await partsOf([accepted('2026-11-30'), forwarded('2026-12-03'), decided('2026-12-11')], DECISION_5, '2026-12-11');
    expect(late?.legs[2]).toMatchObject({ dueDate: '2026-12-10', doneOn: '2026-12-11', daysLate: 1 });
    expect(late?.delays).toEqual({ receiving: 2 + 7, handling: 1 });
  });

  it('an open leg counts days left, then days late, as of today', async () => {
    const steps = [accepted('2026-11-30'), forwarded('2026-11-30')];
    const before = await partsOf(steps, DECISION_5, '2026-12-01');
    expect(before?.legs[1]).toMatchObject({ kind: 'post', progress: 'running', dueDate: '2026-12-02', workingDaysLeft: 1, daysLate: 0 });
    const after = await partsOf(steps, DECISION_5, '2026-12-08');
    expect(after?.legs[1]).toMatchObject({ progress: 'running', workingDaysLeft: -4, daysLate: 4 });
    expect(after?.legs[2]).toMatchObject({ kind: 'decide', progress: 'running', dueDate: '2026-12-07', workingDaysLeft: -1, daysLate: 1 });
    expect(after?.delays).toEqual({ receiving: 4, handling: 1 });
  });

  it('a leg with no recorded limit is shown but never judged, and moves nothing', async () => {
    const parts = await partsOf([accepted('2026-11-30', withLimits(undefined)), forwarded('2026-12-03')], DECISION_5, '2026-12-10');
    expect(parts?.legs[0]).toEqual({
      kind: 'forward',
      side: 'receiving',
      progress: 'done',
      from: '2026-11-30',
      doneOn: '2026-12-03',
      daysLate: 0,
    });
    expect(parts?.legs[1]).toEqual({ kind: 'post', side: 'receiving', progress: 'running', from: '2026-11-30', daysLate: 0 });
    // The decision still counts from the actual 推送: 5 from Thu 12-03 is Thu 12-10, due today.
    expect(parts?.legs[2]).toMatchObject({ from: '2026-12-03', dueDate: '2026-12-10', workingDaysLeft: 0, daysLate: 0 });
    expect(parts?.delays).toEqual({ receiving: 0, handling: 0 });
  });

  it('送达 counts from the result by the receiving hall’s limit, or from a 不予 decision, which issues nothing', async () => {
    const header = withLimits({ forward: workingDays(1), post: workingDays(2), deliver: { ...workingDays(2), basis: '回传2个工作日' } });
    // Result Mon 12-07, due Wed 12-09, handed over Thu 12-10: the receiving side's day.
    const approved = await partsOf(
      [
        accepted('2026-11-30', header),
        forwarded('2026-11-30'),
        posted('2026-12-01'),
        decided('2026-12-04'),
        issued('2026-12-07'),
        handedOver('2026-12-10'),
      ],
      DECISION_5,
      '2026-12-18',
    );
    expect(approved?.legs[3]).toEqual({
      kind: 'deliver',
      side: 'receiving',
      progress: 'done',
      from: '2026-12-07',
      limit: { ...workingDays(2), basis: '回传2个工作日' },
      dueDate: '2026-12-09',
      doneOn: '2026-12-10',
      daysLate: 1,
    });
    expect(approved?.delays).toEqual({ receiving: 1, handling: 0 });
    const refusedOnMerits = await partsOf(
      [accepted('2026-11-30', header), forwarded('2026-11-30'), posted('2026-12-01'), denied('2026-12-04')],
      DECISION_5,
      '2026-12-08',
    );
    expect(refusedOnMerits?.legs[3]).toMatchObject({ progress: 'running', from: '2026-12-04', dueDate: '2026-12-08', workingDaysLeft: 0 });
  });

  it('a 补正 the handling side asked for pauses its decision leg until the materials come in', async () => {
    const asked: Step = [
      'supplementRequested',
      HANDLER,
      { missing: [{ name: '户口簿', requirement: '原件' }], reason: '需核对户籍信息', deadline: '2026-12-31' },
      am('2026-12-02'),
    ];
    const answered: Step = [
      'supplementSubmitted',
      RECEIVER,
      { materials: [{ code: 'HUKOU', name: '户口簿', form: 'original', copies: 1 }] },
      am('2026-12-04'),
    ];
    // 5 from Mon 11-30 is Mon 12-07; Thu 12-03 and Fri 12-04 do not count while 补正 runs: Wed 12-09.
    const parts = await partsOf(
      [accepted('2026-11-30'), forwarded('2026-11-30'), received('2026-12-01'), asked, answered, decided('2026-12-09')],
      DECISION_5,
      '2026-12-10',
    );
    expect(parts?.legs[2]).toMatchObject({ kind: 'decide', dueDate: '2026-12-09', doneOn: '2026-12-09', daysLate: 0 });
    expect(parts?.delays.handling).toBe(0);
  });

  it('waits for 推送 before the handling part starts, and 撤回 ends the open legs on its day', async () => {
    const waiting = await partsOf([accepted('2026-11-30')], DECISION_5, '2026-12-01');
    expect(waiting?.legs[2]).toEqual({ kind: 'decide', side: 'handling', progress: 'waiting', limit: workingDays(5), daysLate: 0 });
    const withdrawn = await partsOf(
      [accepted('2026-11-30'), ['withdrawn', RECEIVER, { reason: '申请人撤回' }, am('2026-12-03')]],
      DECISION_5,
      '2026-12-18',
    );
    // Forward due 12-01, ended 12-03: late 2 as of the withdrawal, not as of today.
    expect(withdrawn?.legs[0]).toMatchObject({ progress: 'ended', daysLate: 2 });
    expect(withdrawn?.legs[2]).toMatchObject({ progress: 'waiting' });
  });

  it('has no parts before 受理, and no 推送 leg for a case handled in its own province', async () => {
    expect(await partsOf([['notified', RECEIVER]], DECISION_5, '2026-12-01')).toBeUndefined();
    const local = withLimits({ forward: workingDays(1) });
    const sameProvince: OpeningHeader = {
      ...local,
      mode: '线下一地办',
      routing: { ...local.routing, handling: { province: '51', division: '510104', name: '成都市锦江区' } },
    };
    const parts = await partsOf([accepted('2026-11-30', sameProvince)], DECISION_5, '2026-12-01');
    expect(parts?.legs.map((leg) => leg.kind)).toEqual(['decide', 'deliver']);
    expect(parts?.legs[0]).toMatchObject({ from: '2026-11-30', progress: 'running', dueDate: '2026-12-07' });
  });
});
