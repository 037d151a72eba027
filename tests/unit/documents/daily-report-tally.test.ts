/** The 日报表 counts a hall's day from its events: its own actions, on that China day only. */
import { describe, expect, it } from 'vitest';
import { tallyDailyReport } from '../../../shared/documents/reports/daily-report-tally';
import { buildLog, HANDLER, HEADER, RECEIVER } from '../lifecycle/lifecycle-fixtures';

const DAY = '2026-11-30';
// 2026-11-30 in China runs from 2026-11-29T16:00Z to 2026-11-30T16:00Z.
const MORNING = '2026-11-30T01:00:00.000Z';
const LATE_PREVIOUS_DAY = '2026-11-29T15:59:00.000Z';

async function tally(hallCode: string, events: Awaited<ReturnType<typeof buildLog>>) {
  return tallyDailyReport({
    date: DAY,
    hall: { code: hallCode, name: '锦江区政务服务中心' },
    events,
    casesById: new Map([[events[0]?.caseId ?? '', { matter: HEADER.matter, mode: HEADER.mode }]]),
    overdue: [],
    preparedBy: '李明',
    printedAt: '2026-11-30T09:00:00.000Z',
  });
}

describe('tallyDailyReport', () => {
  it('counts the receiving hall’s 受理 and mode, and the handling hall’s 办结, each for its own hall', async () => {
    const log = await buildLog([
      ['accepted', RECEIVER, undefined, MORNING],
      ['forwarded', RECEIVER, undefined, MORNING],
      ['received', HANDLER, undefined, MORNING],
      ['decided', HANDLER, { outcome: 'denied', opinion: '不符合条件', reasons: '材料虚假', legalBasis: '某条' }, MORNING],
    ]);
    const receiving = await tally(RECEIVER.hallCode, log);
    expect(receiving.byOutcome).toEqual({ accepted: 1, notified: 0, refused: 0, approved: 0, denied: 0 });
    expect(receiving.byMode).toEqual([{ mode: HEADER.mode, count: 1 }]);
    expect(receiving.byMatter).toEqual([{ matterCode: HEADER.matter.code, matterName: HEADER.matter.name, counts: receiving.byOutcome }]);
    const handling = await tally(HANDLER.hallCode, log);
    expect(handling.byOutcome).toEqual({ accepted: 0, notified: 0, refused: 0, approved: 0, denied: 1 });
    expect(handling.byMode).toEqual([]);
  });

  it('leaves out events of the China day before, even when they are the same UTC date', async () => {
    const log = await buildLog([['notified', RECEIVER, undefined, LATE_PREVIOUS_DAY]]);
    expect((await tally(RECEIVER.hallCode, log)).byOutcome.notified).toBe(0);
    const today = await buildLog([['notified', RECEIVER, undefined, MORNING]]);
    expect((await tally(RECEIVER.hallCode, today)).byOutcome.notified).toBe(1);
  });

  it('counts an on-the-spot refusal as received (mode) and refused', async () => {
    const log = await buildLog([['refused', RECEIVER, undefined, MORNING]]);
    const report = await tally(RECEIVER.hallCode, log);
    expect(report.byOutcome.refused).toBe(1);
    expect(report.byMode).toEqual([{ mode: HEADER.mode, count: 1 }]);
  });

  it('counts the units’ (法人) cases among those received', async () => {
    const unit = { name: '成都蓉川科技有限公司', uscc: '91350200776049653A', legalRepresentative: '王建国', handlerAuthorised: false };
    const log = await buildLog([['accepted', RECEIVER, { ...HEADER, unit, promisedDate: '2026-12-07' }, MORNING]]);
    expect((await tally(RECEIVER.hallCode, log)).unitCases).toBe(1);
    const personal = await buildLog([['accepted', RECEIVER, undefined, MORNING]]);
    expect((await tally(RECEIVER.hallCode, personal)).unitCases).toBe(0);
  });
});
