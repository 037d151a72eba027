/** Dexie v2 -> v3: search indexes are built and status counters computed from the cases. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openShippedDb } from './fixtures/shipped-db';
import { WorkstationDb } from '../../renderer/data/db';

const caseRow = (caseId: string, side: string, status: string) => ({
  caseId,
  caseNumber: `5101040103202611290${caseId.slice(-3)}`,
  side,
  status,
  updatedAt: `2026-11-29T0${caseId.slice(-1)}:00:00.000Z`,
  promisedDate: '2026-12-02',
  matter: { code: 'CY-06-003', name: '无犯罪记录证明开具（异地代收代办）' },
  applicant: { name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' },
});

describe('database migration v2 -> v3', () => {
  it('computes status counters and serves the new indexes', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    const v2 = openShippedDb(name, 2);
    await v2
      .table('cases')
      .bulkPut([
        caseRow('C001', 'receiving', 'forwarded'),
        caseRow('C002', 'receiving', 'forwarded'),
        caseRow('C003', 'receiving', 'decided'),
        caseRow('C004', 'handling', 'forwarded'),
      ]);
    v2.close();

    const current = new WorkstationDb(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(3);
    const counts = Object.fromEntries((await current.statusCounts.toArray()).map((row) => [row.key, row.count]));
    expect(counts).toEqual({ 'receiving:forwarded': 2, 'receiving:decided': 1, 'handling:forwarded': 1 });
    expect(await current.cases.where('applicant.idNumber').equals('11010519491231002X').count()).toBe(4);
    expect(
      (
        await current.cases.where('[side+updatedAt+caseId]').between(['receiving', '', ''], ['receiving', '\uffff', '\uffff']).primaryKeys()
      ).sort(),
    ).toEqual(['C001', 'C002', 'C003']);
    current.close();
    await Dexie.delete(name);
  });
});
