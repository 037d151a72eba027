/**
 * Dexie v14 -> v15: each waiting outbox item takes a copy of its event (as sealed, without the
 * store's bookkeeping), an item whose event is gone goes to the 异常 list, and the events
 * acknowledged one record each become one record per acknowledgement.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteDatabasesAfterEach, openShippedDb } from './fixtures/shipped-db';
import { WorkstationDb } from '../../renderer/data/db';
import { acceptCase } from '../../shared/domain/case/case-commands';
import { acceptanceInput } from './fixtures/events';

const opened = deleteDatabasesAfterEach();

describe('database migration to v15', () => {
  it('copies each waiting event into its item and groups the delivered by acknowledgement', async () => {
    const caseId = '01JD0000000000000000000000';
    const events = await acceptCase({
      ...acceptanceInput(caseId),
      eventIds: ['01JE0000000000000000000001', '01JE0000000000000000000002'],
      caseNumber: '5101040103202611290001',
    });
    const name = `migration-v15-${crypto.randomUUID()}`;
    const shipped = openShippedDb(name, 14);
    await shipped.table('events').bulkAdd(events.map((event, index) => ({ ...event, position: index + 1, synced: 0 })));
    const item = { caseId, state: 'pending', attempts: 0, nextAttemptAt: 0, lastError: null };
    await shipped
      .table('outbox')
      .bulkAdd([...events.map((event) => ({ ...item, eventId: event.id })), { ...item, eventId: '01JE0000000000000000000009' }]);
    await shipped.table('delivered').bulkAdd([
      { eventId: '01JC0000000000000000000001', ackedAt: 200 },
      { eventId: '01JC0000000000000000000002', ackedAt: 100 },
      { eventId: '01JC0000000000000000000003', ackedAt: 200 },
    ]);
    shipped.close();

    const current = new WorkstationDb(name);
    opened.push(current);
    await current.open();
    const items = await current.outbox.orderBy('seq').toArray();
    expect(items.slice(0, 2).map((upgraded) => upgraded.event)).toEqual(events);
    expect(items.slice(0, 2).every((upgraded) => upgraded.state === 'pending')).toBe(true);
    expect(items[2]).toMatchObject({
      eventId: '01JE0000000000000000000009',
      state: 'rejected',
      lastError: expect.stringContaining('缺少'),
    });
    expect((await current.deliveredBatches.orderBy('id').toArray()).map(({ ackedAt, eventIds }) => ({ ackedAt, eventIds }))).toEqual([
      { ackedAt: 100, eventIds: ['01JC0000000000000000000002'] },
      { ackedAt: 200, eventIds: ['01JC0000000000000000000001', '01JC0000000000000000000003'] },
    ]);
    expect(current.tables.map((table) => table.name)).not.toContain('delivered');
  });
});
