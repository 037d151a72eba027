/**
 * The outbox: local events not yet acknowledged by the hub. Items are sent oldest first;
 * a network failure backs off the batch, a hub rejection parks the item (with the hub's
 * reason and the event kept) for the supervisor's queue instead of blocking the rest.
 */
import type { CaseEvent } from '../../shared/domain/case-events';
import type { EventResult } from '../../shared/sync/protocol';
import { db, type OutboxItem } from './db';
import { eventJournal } from './event-journal';

const MAX_BACKOFF_MS = 10_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.max(0, attempts - 1));
}

export const outboxRepo = {
  /** Pending items whose back-off has passed, oldest first, with their events. */
  async takeDue(now: number, limit: number): Promise<{ items: OutboxItem[]; events: CaseEvent[] }> {
    const pending = await db.outbox.where('[state+seq]').between(['pending', 0], ['pending', Infinity]).toArray();
    // Keep per-case order: once one item of a case is waiting, later ones of that case wait too.
    const waitingCases = new Set<string>();
    const items: OutboxItem[] = [];
    for (const item of pending) {
      if (items.length >= limit) break;
      if (item.nextAttemptAt > now || waitingCases.has(item.caseId)) {
        waitingCases.add(item.caseId);
        continue;
      }
      items.push(item);
    }
    const stored = await db.events.bulkGet(items.map((item) => item.eventId));
    const events = stored.flatMap((event) => {
      if (!event) return [];
      const { position: _position, synced: _synced, ...plain } = event;
      return [plain as CaseEvent];
    });
    return { items, events };
  },

  async recordResults(results: readonly EventResult[]): Promise<void> {
    await db.transaction('rw', db.outbox, db.events, async () => {
      for (const result of results) {
        const item = await db.outbox.where('eventId').equals(result.id).first();
        if (!item?.seq) continue;
        if (result.status === 'rejected') {
          await db.outbox.update(item.seq, { state: 'rejected', lastError: `${result.code}：${result.message}` });
        } else if (result.status === 'deferred') {
          const attempts = item.attempts + 1;
          await db.outbox.update(item.seq, { attempts, nextAttemptAt: Date.now() + backoffMs(attempts), lastError: `${result.code}：${result.message}` });
        } else {
          await db.outbox.delete(item.seq);
          await db.events.update(result.id, { synced: 1 });
        }
      }
    });
    // Only once IndexedDB records them as synced may the disk copy go.
    await eventJournal.acknowledge(
      results.filter((result) => result.status === 'applied' || result.status === 'duplicate').map((result) => result.id),
    );
  },

  async deferAfterFailure(items: readonly OutboxItem[], error: string, now: number): Promise<void> {
    await db.transaction('rw', db.outbox, async () => {
      for (const item of items) {
        if (item.seq === undefined) continue;
        const attempts = item.attempts + 1;
        await db.outbox.update(item.seq, { attempts, nextAttemptAt: now + backoffMs(attempts), lastError: error });
      }
    });
  },

  countPending: () => db.outbox.where('[state+seq]').between(['pending', 0], ['pending', Infinity]).count(),
  listAll: () => db.outbox.orderBy('seq').toArray(),
};
