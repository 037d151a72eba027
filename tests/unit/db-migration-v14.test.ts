/** Dexie v10 -> v14 (and on): the queue and the cursor stay as they are; nothing is recorded as delivered. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteDatabasesAfterEach, openShippedDb } from './fixtures/shipped-db';
import { WorkstationDb } from '../../renderer/data/db';

const opened = deleteDatabasesAfterEach();

describe('database migration to v14', () => {
  it('keeps a v10 store’s outbox and cursor, and starts with nothing to check', async () => {
    const name = `migration-v14-${crypto.randomUUID()}`;
    const shipped = openShippedDb(name, 10);
    await shipped.table('outbox').add({
      eventId: '01JD0000000000000000000001',
      caseId: '01JD0000000000000000000000',
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
    });
    await shipped.table('syncState').put({ key: 'feedCursor', value: '42' });
    shipped.close();

    const current = new WorkstationDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(14);
    expect(await current.outbox.count()).toBe(1);
    expect(await current.syncState.get('feedCursor')).toEqual({ key: 'feedCursor', value: '42' });
    expect(await current.deliveredBatches.count()).toBe(0);
  });
});
