/** Dexie v9 -> v10: cases stay as they are; 法人 cases and the handling place's numbers get their indexes. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteDatabasesAfterEach, openShippedDb } from './fixtures/shipped-db';
import { WorkstationDb, type CaseRecord } from '../../renderer/data/db';
import { foldCase } from '../../shared/domain/case/case-state';
import { acceptedCase } from './fixtures/events';

const opened = deleteDatabasesAfterEach();

describe('database migration to v10', () => {
  it('keeps a v9 store’s cases and indexes the unit and the other numbers of those that have them', async () => {
    const name = `migration-v10-${crypto.randomUUID()}`;
    const template: CaseRecord = { ...foldCase(await acceptedCase()), side: 'receiving' };
    const shipped = openShippedDb(name, 9);
    await shipped.table('cases').bulkAdd([
      { ...template, caseId: 'P1' },
      {
        ...template,
        caseId: 'U1',
        unit: { name: '成都蓉川科技有限公司', uscc: '91350200776049653A', legalRepresentative: '王建国', handlerAuthorised: false },
      },
      { ...template, caseId: 'N1', nationalCaseNumber: 'A1B2C3D4E5F6' },
    ]);
    shipped.close();

    const current = new WorkstationDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(10);
    expect(await current.cases.count()).toBe(3);
    expect((await current.cases.where('unit.uscc').equals('91350200776049653A').toArray()).map((row) => row.caseId)).toEqual(['U1']);
    expect(await current.cases.where('[unit.name+caseId]').between(['成都', ''], ['成都\uffff', '\uffff']).primaryKeys()).toEqual(['U1']);
    expect(await current.cases.where('nationalCaseNumber').equals('A1B2C3D4E5F6').primaryKeys()).toEqual(['N1']);
    // A personal case is simply not in the unit indexes.
    expect(await current.cases.where('unit.uscc').above('').count()).toBe(1);
  });
});
