/**
 * What the 日报表 reads: the events of one China day, found by their ULIDs' time prefix (no
 * scan of the log), the cases they belong to, and the open cases past their promised date.
 */
import { encodeTime } from 'ulid';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { OPEN_STATUSES } from '../../shared/domain/case/case-status';
import { db, type CaseRecord, type CaseSide } from './db';
import { plainEvent } from './stored-event';
import { chinaDayStartMs } from '../../shared/util/china-time';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The smallest ULID minted at `ms` or later. */
const ulidFloor = (ms: number) => `${encodeTime(ms, 10)}${'0'.repeat(16)}`;

export const dailyReportRepo = {
  /** Events minted during the China day `date` ("YYYY-MM-DD", UTC+8). */
  async eventsOfChinaDay(date: string): Promise<CaseEvent[]> {
    const start = chinaDayStartMs(date);
    const stored = await db.events
      .where('id')
      .between(ulidFloor(start), ulidFloor(start + DAY_MS), true, false)
      .toArray();
    return stored.map(plainEvent);
  },

  async casesById(caseIds: readonly string[]): Promise<Map<string, CaseRecord>> {
    const unique = [...new Set(caseIds)];
    const records = await db.cases.bulkGet(unique);
    return new Map(records.flatMap((record) => (record ? [[record.caseId, record] as const] : [])));
  },

  /** Open cases of a side whose promised date is before `date`, most overdue first. */
  overdueOn(side: CaseSide, date: string): Promise<CaseRecord[]> {
    return (
      db.cases
        .where('[side+promisedDate+caseId]')
        // '0' skips cases not accepted yet (promisedDate '').
        .between([side, '0', ''], [side, date, ''], true, false)
        .filter((record) => OPEN_STATUSES.includes(record.status))
        .toArray()
    );
  },
};
