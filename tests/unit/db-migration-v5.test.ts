/** Dexie v4 -> v5: existing data is kept and the attachments table stores Blobs by draft and case. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteDatabasesAfterEach, openShippedDb } from './fixtures/shipped-db';
import { WorkstationDb, type AttachmentRecord } from '../../renderer/data/db';

const scan = (overrides: Partial<AttachmentRecord>): AttachmentRecord => ({
  caseId: null,
  draftId: 'current',
  materialCode: 'ID-CARD',
  fileName: '身份证.png',
  mimeType: 'image/png',
  bytes: 3,
  blob: new Blob([Uint8Array.from([1, 2, 3])], { type: 'image/png' }),
  thumbnail: null,
  addedAt: '2026-11-29T08:00:00.000Z',
  addedBy: '李明',
  ...overrides,
});

const opened = deleteDatabasesAfterEach();

describe('database migration v4 -> v5', () => {
  it('keeps drafts, cases and the print log, and adds attachments indexed by draft and by case', async () => {
    const name = `migration-v4-${crypto.randomUUID()}`;
    const v4 = openShippedDb(name, 4);
    await v4.table('drafts').put({ id: 'current', values: { matterCode: 'CY-09-001' }, savedAt: '2026-11-29T08:00:00.000Z' });
    await v4.table('cases').put({
      caseId: 'C1',
      caseNumber: '5101040103202611290001',
      side: 'receiving',
      status: 'accepted',
      updatedAt: '2026-11-29T08:00:00.000Z',
    });
    await v4.table('printLog').add({
      caseId: 'C1',
      kind: 'receipt',
      copyNumber: 1,
      sha256: 'ab',
      bytes: 10,
      printedAt: '2026-11-29T08:01:00.000Z',
      outcome: 'saved',
      printer: null,
      jobId: null,
    });
    v4.close();

    const current = new WorkstationDb(name);
    opened.push(current);
    await current.open();

    expect(current.verno).toBeGreaterThanOrEqual(5);
    expect(await current.drafts.get('current')).toMatchObject({ values: { matterCode: 'CY-09-001' } });
    expect(await current.cases.get('C1')).toMatchObject({ caseNumber: '5101040103202611290001' });
    expect(await current.printLog.where('[caseId+kind]').equals(['C1', 'receipt']).count()).toBe(1);

    await current.attachments.bulkAdd([
      scan({ materialCode: 'PHOTO' }),
      scan({}),
      scan({ draftId: null, caseId: 'C1', materialCode: 'LICENCE', fileName: '驾驶证.pdf', mimeType: 'application/pdf' }),
    ]);
    const draft = await current.attachments
      .where('[draftId+materialCode]')
      .between(['current', Dexie.minKey], ['current', Dexie.maxKey])
      .toArray();
    expect(draft.map((row) => row.materialCode)).toEqual(['ID-CARD', 'PHOTO']);
    const ofCase = await current.attachments.where('[caseId+materialCode]').equals(['C1', 'LICENCE']).toArray();
    expect(ofCase.map((row) => row.fileName)).toEqual(['驾驶证.pdf']);
    expect(new Uint8Array(await (draft[0]?.blob ?? new Blob()).arrayBuffer())).toEqual(Uint8Array.from([1, 2, 3]));
  });
});
