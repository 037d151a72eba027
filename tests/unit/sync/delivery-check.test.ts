/**
 * The workstation's side of a hub restore, over the real Dexie schema (fake-indexeddb): what
 * the hub acknowledged is remembered, what a restored hub lacks goes back to the outbox in
 * each case's order, and a rewound feed (another epoch, or a head behind the cursor) sends the
 * cursor back to the start. The bridge answers as a hub would.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BridgeApi } from '../../../shared/bridge/contract';
import type { CaseEvent } from '../../../shared/domain/case/case-events';
import { MAX_DELIVERY_CHECK_IDS, type DeliveryCheckResponse } from '../../../shared/sync/delivery-protocol';
import { casesRepo } from '../../../renderer/data/cases.repo';
import { db } from '../../../renderer/data/db';
import { outboxRepo } from '../../../renderer/data/outbox.repo';
import { syncStateRepo } from '../../../renderer/data/sync-state.repo';
import { checkDelivery } from '../../../renderer/sync/delivery-check';
import { acceptCase } from '../../../shared/domain/case/case-commands';
import { SICHUAN_ACTOR, acceptanceInput } from '../fixtures/events';

(globalThis as { chuanyu?: unknown }).chuanyu = {
  journalAppend: async () => ({ ok: true, value: { pending: 1 } }),
  journalAcknowledge: async () => ({ ok: true, value: { pending: 0 } }),
};

/** A hub holding `held` under `epoch` with its feed at `head`; records the ids it was asked. */
function hubAnswering(state: { held: Set<string>; epoch: string; head: string }) {
  const asked: string[][] = [];
  const api = {
    checkDelivered: async ({ ids }: { ids: string[] }) => {
      asked.push(ids);
      const value: DeliveryCheckResponse = { epoch: state.epoch, head: state.head, missing: ids.filter((id) => !state.held.has(id)) };
      return { ok: true as const, value };
    },
  } as unknown as BridgeApi;
  return { api, asked };
}

async function acceptAndAcknowledge(caseIndex: number, now: number): Promise<CaseEvent[]> {
  const caseId = `01JD${String(caseIndex).padStart(22, '0')}`;
  const eventId = (n: number) => `01JE${String(caseIndex * 10 + n).padStart(22, '0')}`;
  const eventIds = [eventId(1), eventId(2)] as const;
  const events = await acceptCase({
    ...acceptanceInput(caseId),
    eventIds,
    caseNumber: `510104010320261129${String(caseIndex).padStart(4, '0')}`,
  });
  await casesRepo.appendLocal(events, SICHUAN_ACTOR.hallCode);
  await outboxRepo.recordResults(
    events.map((event) => ({ id: event.id, status: 'applied' as const })),
    now,
  );
  return events;
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('delivery check', () => {
  it('queues again, in case order and unsynced, exactly the acknowledged events the hub lacks', async () => {
    const now = Date.now();
    const kept = await acceptAndAcknowledge(1, now);
    const lost = await acceptAndAcknowledge(2, now);
    expect(await outboxRepo.countPending()).toBe(0);
    const hub = hubAnswering({ held: new Set(kept.map((event) => event.id)), epoch: 'e1', head: '10' });

    expect(await checkDelivery(hub.api, now)).toEqual({ requeued: lost.length, rewound: false });
    const queued = await outboxRepo.takeDue(now, 100);
    expect(queued.events.map((event) => event.id)).toEqual(lost.map((event) => event.id));
    const lostFirst = lost[0];
    const timeline = lostFirst ? await casesRepo.timeline(lostFirst.caseId) : [];
    expect(timeline.find((event) => event.id === lostFirst?.id)?.synced).toBe(false);
    // Queued already: a second check does not queue them twice.
    expect((await checkDelivery(hub.api, now)).requeued).toBe(0);
    expect(await outboxRepo.countPending()).toBe(lost.length);
  });

  it.each([
    { batches: [200, 200, 100, 7], pages: [MAX_DELIVERY_CHECK_IDS, 7] },
    { batches: [150, 400], pages: [MAX_DELIVERY_CHECK_IDS, 50] },
    { batches: [3], pages: [3] },
  ])('asks in pages across batch records ($batches) and forgets what is past retention', async ({ batches, pages }) => {
    const now = Date.now();
    const ids = Array.from(
      { length: batches.reduce((sum, size) => sum + size, 0) },
      (_, index) => `01JE${String(index).padStart(22, '0')}`,
    );
    await db.deliveredBatches.add({ ackedAt: now - 31 * 24 * 60 * 60_000, eventIds: ['01JF0000000000000000000000'] });
    let from = 0;
    for (const size of batches) {
      await db.deliveredBatches.add({ ackedAt: now - 1_000, eventIds: ids.slice(from, from + size) });
      from += size;
    }
    const hub = hubAnswering({ held: new Set(ids), epoch: 'e1', head: '0' });

    await checkDelivery(hub.api, now);
    expect(hub.asked.map((page) => page.length)).toEqual(pages);
    expect(hub.asked.flat()).toEqual(ids);
    expect((await db.deliveredBatches.toArray()).flatMap((record) => record.eventIds)).not.toContain('01JF0000000000000000000000');
  });

  it('forgets what it queued again, and only that', async () => {
    const now = Date.now();
    const first = await acceptAndAcknowledge(1, now);
    const second = await acceptAndAcknowledge(2, now);
    const lostId = second[1]?.id ?? '';
    const hub = hubAnswering({
      held: new Set([...first, ...second].map((event) => event.id).filter((id) => id !== lostId)),
      epoch: 'e1',
      head: '0',
    });

    expect((await checkDelivery(hub.api, now)).requeued).toBe(1);
    const delivered = (await db.deliveredBatches.toArray()).flatMap((record) => record.eventIds);
    expect(delivered.sort()).toEqual(
      [...first, ...second]
        .map((event) => event.id)
        .filter((id) => id !== lostId)
        .sort(),
    );
  });

  it('reads the feed again from the start when the epoch changes or the head falls behind the cursor', async () => {
    const now = Date.now();
    const hub = { held: new Set<string>(), epoch: 'e1', head: '40' };
    await db.syncState.put({ key: 'feedCursor', value: '40' });
    expect((await checkDelivery(hubAnswering(hub).api, now)).rewound).toBe(false);
    expect(await syncStateRepo.feedCursor()).toBe('40');

    hub.epoch = 'e2';
    hub.head = '55';
    expect((await checkDelivery(hubAnswering(hub).api, now)).rewound).toBe(true);
    expect(await syncStateRepo.feedCursor()).toBe('0');

    await db.syncState.put({ key: 'feedCursor', value: '60' });
    expect((await checkDelivery(hubAnswering(hub).api, now)).rewound).toBe(true);
    expect(await syncStateRepo.feedCursor()).toBe('0');
    expect(await syncStateRepo.hubEpoch()).toBe('e2');
  });
});
