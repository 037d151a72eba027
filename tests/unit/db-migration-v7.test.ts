/** Dexie v6 -> v7: issued document numbers are kept and leased blocks get their own table. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteDatabasesAfterEach, openShippedDb } from './fixtures/shipped-db';
import { WorkstationDb } from '../../renderer/data/db';

const opened = deleteDatabasesAfterEach();

describe('database migration v6 -> v7', () => {
  it('keeps issued numbers and adds number blocks looked up by hall, kind and year', async () => {
    const name = `migration-v6-${crypto.randomUUID()}`;
    const v6 = openShippedDb(name, 6);
    await v6
      .table('issuedDocuments')
      .put({ caseId: 'C1', kind: 'receipt', number: '锦江政务受〔2026〕第00001号', issuedAt: '2026-11-29T08:00:00.000Z' });
    v6.close();

    const current = new WorkstationDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(7);
    expect(await current.issuedDocuments.get(['C1', 'receipt'])).toMatchObject({ number: '锦江政务受〔2026〕第00001号' });
    await current.numberBlocks.bulkAdd([
      { hallCode: '51010401', kind: 'accept', year: 2026, from: 1, to: 50, next: 2 },
      { hallCode: '51010401', kind: 'accept', year: 2027, from: 1, to: 50, next: 1 },
    ]);
    expect(await current.numberBlocks.where('[hallCode+kind+year]').equals(['51010401', 'accept', 2026]).count()).toBe(1);
  });
});
