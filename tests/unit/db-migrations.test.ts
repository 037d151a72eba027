/**
 * One test per Dexie version: a database left by the previous shipped schema opens under the
 * current one with its data intact and the new tables usable.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteDatabasesAfterEach, openShippedDb } from './fixtures/shipped-db';
import { WorkstationDb } from '../../renderer/data/db';

const opened = deleteDatabasesAfterEach();

describe('database migrations', () => {
  it('v1 -> current: keeps drafts, outbox and counters and adds matterUsage', async () => {
    const name = `migration-v1-${crypto.randomUUID()}`;
    const v1 = openShippedDb(name, 1);
    await v1.table('drafts').put({ id: 'current', values: { matterCode: 'CY-09-001' }, savedAt: '2026-11-29T08:00:00.000Z' });
    // Its event too: v15 copies a waiting event into its item (one without it goes to 异常).
    await v1.table('events').add({ id: 'E1', caseId: 'C1', type: 'accepted', position: 1, synced: 0 });
    await v1.table('outbox').add({ eventId: 'E1', caseId: 'C1', state: 'pending', attempts: 0, nextAttemptAt: 0, lastError: null });
    await v1.table('counters').put({ key: '510104-3-20261129', value: 7 });
    v1.close();

    const current = new WorkstationDb(name);
    opened.push(current);
    await current.open();

    expect(current.verno).toBeGreaterThanOrEqual(2);
    expect(await current.drafts.get('current')).toMatchObject({ values: { matterCode: 'CY-09-001' } });
    expect(await current.outbox.where('[state+seq]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).count()).toBe(1);
    expect(await current.counters.get('510104-3-20261129')).toEqual({ key: '510104-3-20261129', value: 7 });

    await current.matterUsage.put({ code: 'CY-09-001', count: 2, lastUsedAt: 1_000 });
    await current.matterUsage.put({ code: 'CY-06-003', count: 5, lastUsedAt: 500 });
    expect((await current.matterUsage.orderBy('lastUsedAt').reverse().first())?.code).toBe('CY-09-001');
    expect((await current.matterUsage.orderBy('count').reverse().first())?.code).toBe('CY-06-003');
  });
});
