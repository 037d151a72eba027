/** Dexie -> v9: scans keep their records (hashes are added when needed) and the upload queue appears. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteDatabasesAfterEach, openShippedDb } from './fixtures/shipped-db';
import { WorkstationDb } from '../../renderer/data/db';

const opened = deleteDatabasesAfterEach();

describe('database migration to v9', () => {
  it('keeps existing scans, finds scans by hash and queues uploads by case and hash', async () => {
    const name = `migration-v9-${crypto.randomUUID()}`;
    const shipped = openShippedDb(name, 6);
    const blob = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const old = {
      caseId: 'C1',
      draftId: null,
      materialCode: 'ID-CARD',
      fileName: '身份证.pdf',
      mimeType: 'application/pdf',
      bytes: 8,
      blob,
      thumbnail: null,
      addedAt: '2026-11-29T02:00:00.000Z',
      addedBy: '李明',
    };
    await shipped.table('attachments').add(old);
    shipped.close();

    const current = new WorkstationDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(9);
    const [kept] = await current.attachments.where('[caseId+materialCode]').equals(['C1', 'ID-CARD']).toArray();
    expect(kept).toMatchObject({ fileName: '身份证.pdf', bytes: 8 });
    expect(kept?.sha256).toBeUndefined();

    await current.attachments.update(kept!.id!, { sha256: 'a'.repeat(64) });
    expect((await current.attachments.where('sha256').equals('a'.repeat(64)).first())?.id).toBe(kept!.id);
    await current.scanUploads.add({
      caseId: 'C1',
      sha256: 'a'.repeat(64),
      state: 'pending',
      journaled: 0,
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      queuedAt: 1,
    });
    expect(await current.scanUploads.get(['C1', 'a'.repeat(64)])).toMatchObject({ state: 'pending' });
    expect(await current.scanUploads.where('[state+queuedAt]').between(['pending', 0], ['pending', Infinity]).count()).toBe(1);
  });
});
