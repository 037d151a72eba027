/** Dexie v6 -> v7: issued document numbers are kept and leased blocks get their own table. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkstationDb } from '../../renderer/data/db';

/** Version 6 exactly as shipped; frozen here because db.ts only ever appends versions. */
function openShippedV6(name: string): Dexie {
  const v6 = new Dexie(name);
  v6.version(1).stores({
    drafts: 'id',
    events: 'id, [caseId+position]',
    cases: 'caseId, caseNumber, [side+updatedAt], [side+status+updatedAt]',
    outbox: '++seq, eventId, [state+seq]',
    counters: 'key',
    syncState: 'key',
  });
  v6.version(2).stores({ matterUsage: 'code, lastUsedAt, count' });
  v6.version(3).stores({
    cases:
      'caseId, caseNumber, [side+updatedAt+caseId], [side+status+updatedAt+caseId], applicant.idNumber, applicant.mobile, [applicant.name+caseId], [matter.code+updatedAt+caseId], [side+promisedDate+caseId]',
    statusCounts: 'key',
  });
  v6.version(4).stores({ printLog: '++id, [caseId+kind]' });
  v6.version(5).stores({ attachments: '++id, [caseId+materialCode], [draftId+materialCode]' });
  v6.version(6).stores({ issuedDocuments: '[caseId+kind], number' });
  return v6;
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

describe('database migration v6 -> v7', () => {
  it('keeps issued numbers and adds number blocks looked up by hall, kind and year', async () => {
    const name = `migration-v6-${crypto.randomUUID()}`;
    const v6 = openShippedV6(name);
    await v6.table('issuedDocuments').put({ caseId: 'C1', kind: 'receipt', number: '锦江政务受〔2026〕第00001号', issuedAt: '2026-11-29T08:00:00.000Z' });
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
