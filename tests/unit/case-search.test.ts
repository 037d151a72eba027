/**
 * Case search over the real Dexie schema (fake-indexeddb: same behaviour as Chromium for
 * small fixtures; speed is measured in bench/, not here).
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseSearchRepo, PAGE_SIZE } from '../../renderer/data/case-search.repo';
import { db, statusCountKey, type CaseRecord } from '../../renderer/data/db';
import { foldCase } from '../../shared/domain/case/case-state';
import { acceptedCase } from './fixtures/events';

const NAMES = ['张晓燕', '张伟', '李娜', '王建国'];
const TOTAL = 130;

async function seed(): Promise<CaseRecord[]> {
  const template = foldCase(await acceptedCase());
  const records: CaseRecord[] = Array.from({ length: TOTAL }, (_, index) => ({
    ...template,
    caseId: `C${String(index).padStart(5, '0')}`,
    caseNumber: `51010401032026112${String(index).padStart(5, '0')}`,
    // Closed cases in several end states: none of them may show as overdue.
    status: index % 3 === 0 ? ((['decided', 'resultIssued', 'delivered', 'refused'] as const)[index % 4] ?? 'decided') : 'forwarded',
    applicant: {
      name: NAMES[index % NAMES.length] ?? '张伟',
      idNumber: index === 7 ? '440524188001010014' : template.applicant.idNumber,
      mobile: `1380000${String(index).padStart(4, '0')}`,
    },
    promisedDate: `2026-12-${String((index % 28) + 1).padStart(2, '0')}`,
    updatedAt: new Date(Date.UTC(2026, 10, 29, 0, 0, index)).toISOString(),
    side: index % 10 === 0 ? 'handling' : 'receiving',
  }));
  await db.cases.bulkPut(records);
  return records;
}

let records: CaseRecord[];
beforeAll(async () => {
  records = await seed();
});

describe('case search', () => {
  it('pages a side newest first by key cursor, every case exactly once', async () => {
    const seen: string[] = [];
    let page = await caseSearchRepo.search('', { side: 'receiving' });
    seen.push(...page.rows.map((row) => row.caseId));
    while (page.next) {
      expect(page.rows).toHaveLength(PAGE_SIZE);
      page = await caseSearchRepo.search('', { side: 'receiving' }, page.next);
      seen.push(...page.rows.map((row) => row.caseId));
    }
    const expected = records.filter((record) => record.side === 'receiving').sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    expect(seen).toEqual(expected.map((record) => record.caseId));
  });

  it('filters by status on its own index', async () => {
    const page = await caseSearchRepo.search('', { side: 'receiving', status: 'decided' });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((row) => row.status === 'decided' && row.side === 'receiving')).toBe(true);
  });

  it('finds by case-number prefix, ID number, mobile and name prefix', async () => {
    expect((await caseSearchRepo.search('5101040103202611200012', { side: 'receiving' })).rows.map((row) => row.caseId)).toEqual([
      'C00012',
    ]);
    expect((await caseSearchRepo.search('440524188001010014', { side: 'receiving' })).rows.map((row) => row.caseId)).toEqual(['C00007']);
    expect((await caseSearchRepo.search('13800000021', { side: 'receiving' })).rows.map((row) => row.caseId)).toEqual(['C00021']);
    const byName = await caseSearchRepo.search('张', { side: 'receiving' });
    expect(byName.rows.length).toBeGreaterThan(0);
    expect(byName.rows.every((row) => row.applicant.name.startsWith('张'))).toBe(true);
  });

  it('lists overdue open cases, most overdue first', async () => {
    const page = await caseSearchRepo.search('', { side: 'receiving', promisedBefore: '2026-12-05', openOnly: true });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((row) => row.promisedDate < '2026-12-05' && row.status === 'forwarded')).toBe(true);
    const dates = page.rows.map((row) => row.promisedDate);
    expect(dates).toEqual([...dates].sort());
  });

  it('narrows by 办理日期 on the newest-first index, paging inside the range', async () => {
    // seed(): case i was updated at 2026-11-29T00:00:<i>Z.
    const range = { side: 'receiving' as const, updatedFrom: '2026-11-29T00:00:30.000Z', updatedBefore: '2026-11-29T00:01:50.000Z' };
    const expected = records
      .filter((record) => record.side === 'receiving' && record.updatedAt >= range.updatedFrom && record.updatedAt < range.updatedBefore)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
      .map((record) => record.caseId);
    const seen: string[] = [];
    let page = await caseSearchRepo.search('', range);
    seen.push(...page.rows.map((row) => row.caseId));
    while (page.next) {
      page = await caseSearchRepo.search('', range, page.next);
      seen.push(...page.rows.map((row) => row.caseId));
    }
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    expect(seen).toEqual(expected);
    const withStatus = await caseSearchRepo.search('', { ...range, status: 'forwarded' });
    expect(
      withStatus.rows.every(
        (row) => row.status === 'forwarded' && row.updatedAt >= range.updatedFrom && row.updatedAt < range.updatedBefore,
      ),
    ).toBe(true);
  });

  it('reads status counts from the counters table', async () => {
    await db.statusCounts.bulkPut([
      { key: statusCountKey('receiving', 'forwarded'), side: 'receiving', status: 'forwarded', count: 5 },
      { key: statusCountKey('handling', 'forwarded'), side: 'handling', status: 'forwarded', count: 2 },
    ]);
    expect(await caseSearchRepo.statusCounts('receiving')).toEqual({ forwarded: 5 });
  });
});
