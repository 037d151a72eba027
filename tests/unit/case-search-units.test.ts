/**
 * Finding 法人 cases by their 申请单位 (name prefix, 统一社会信用代码) and any case by its other
 * numbers (the national 办件编号, the handling place's own), on the v10 indexes (fake-indexeddb, small fixtures).
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseSearchRepo, PAGE_SIZE } from '../../renderer/data/case-search.repo';
import { db, type CaseRecord } from '../../renderer/data/db';
import { classifyCaseQuery } from '../../shared/domain/case/case-query';
import { foldCase } from '../../shared/domain/case/case-state';
import { acceptedCase } from './fixtures/events';

const RONGCHUAN = { name: '成都蓉川科技有限公司', uscc: '91350200776049653A', legalRepresentative: '王建国', handlerAuthorised: true };
/** All digits, valid under GB 32100 (domain-facts §4.2). */
const DIGIT_USCC = '913502000728319549';

async function seed(): Promise<void> {
  const template = foldCase(await acceptedCase());
  const make = (index: number, patch: Partial<CaseRecord>): CaseRecord => ({
    ...template,
    caseId: `U${String(index).padStart(5, '0')}`,
    caseNumber: `51010401032026113${String(index).padStart(5, '0')}`,
    side: 'receiving',
    ...patch,
  });
  const records: CaseRecord[] = [
    make(1, { unit: RONGCHUAN, applicant: { ...template.applicant, name: '张晓燕' } }),
    make(2, { unit: { ...RONGCHUAN, name: '成都蓉城建设集团', uscc: DIGIT_USCC }, applicant: { ...template.applicant, name: '李娜' } }),
    // Both the 经办人's and the unit's name start with 成: listed once.
    make(3, {
      unit: { ...RONGCHUAN, name: '成都天府商贸公司', uscc: '91350500798359476R' },
      applicant: { ...template.applicant, name: '成龙' },
    }),
    make(4, {
      applicant: { ...template.applicant, name: '成小芳' },
      nationalCaseNumber: '12441500196720244T3442199806003202206230068',
      handlingReceipt: { localCaseNumber: '2026000123', at: template.acceptedAt, by: template.acceptedBy },
    }),
    make(5, {
      applicant: { ...template.applicant, name: '王五' },
      handlingReceipt: { localCaseNumber: 'YZ2026-0001', at: template.acceptedAt, by: template.acceptedBy },
    }),
    // Many 成… people, so the name walk pages across both indexes.
    ...Array.from({ length: 60 }, (_, index) =>
      make(100 + index, { applicant: { ...template.applicant, name: `成${String(index).padStart(2, '0')}` } }),
    ),
  ];
  await db.cases.bulkPut(records);
}

beforeAll(seed);
const ids = async (text: string) => (await caseSearchRepo.search(text, { side: 'receiving' })).rows.map((row) => row.caseId);

describe('searching 法人 cases and the handling place’s numbers', () => {
  it('classifies a 统一社会信用代码 and the handling place’s numbers by shape', () => {
    expect(classifyCaseQuery('91350200776049653a')).toEqual({ kind: 'uscc', value: '91350200776049653A' });
    expect(classifyCaseQuery('YZ2026-0001')).toEqual({ kind: 'otherNumber', value: 'YZ2026-0001' });
    expect(classifyCaseQuery('成都蓉川')).toEqual({ kind: 'name', prefix: '成都蓉川' });
  });

  it('finds a unit by the start of its name and by its 统一社会信用代码, typed in either case', async () => {
    expect(await ids('成都蓉')).toEqual(['U00002', 'U00001']);
    expect(await ids('91350200776049653a')).toEqual(['U00001']);
  });

  it('finds an all-digit 统一社会信用代码 typed where an ID number would be', async () => {
    expect(await ids(DIGIT_USCC)).toEqual(['U00002']);
  });

  it('finds the national 办件编号 and the handling place’s own number, even an all-digit one', async () => {
    expect(await ids('12441500196720244t3442199806003202206230068')).toEqual(['U00004']);
    expect(await ids('YZ2026-0001')).toEqual(['U00005']);
    expect(await ids('2026000123')).toEqual(['U00004']);
  });

  it('pages a name prefix over people and units in name order, every case once', async () => {
    const seen: string[] = [];
    let page = await caseSearchRepo.search('成', { side: 'receiving' });
    seen.push(...page.rows.map((row) => row.caseId));
    while (page.next) {
      expect(page.rows).toHaveLength(PAGE_SIZE);
      page = await caseSearchRepo.search('成', { side: 'receiving' }, page.next);
      seen.push(...page.rows.map((row) => row.caseId));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(60 + 4);
    // 成00…成59, then 成小芳 (U00004), 成都天府 (U00003, under its unit: 成都 < 成龙), 成都蓉城, 成都蓉川.
    expect(seen.slice(60)).toEqual(['U00004', 'U00003', 'U00002', 'U00001']);
  });
});
