/**
 * The outbox: local events not yet acknowledged by the hub, sent oldest first.
 *
 * A network failure is the engine's business (it backs off the whole round); the items keep
 * their place. Per item: `deferred` (the hub lacks an event this one follows) waits its own
 * back-off; `rejected` parks the item with the hub's reason and the event kept, in the
 * 同步队列's 异常 list, where the clerk retries or discards it. One parked or waiting item
 * never blocks the rest, but it holds back later items of its own case (they would only be
 * deferred or refused behind it).
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { backoffDelayMs, WORKSTATION_BACKOFF } from '../../shared/sync/backoff';
import type { EventResult } from '../../shared/sync/protocol';
import { MAX_BATCH_BYTES, serializedBytes } from '../../shared/sync/size-limits';
import { db, type OutboxItem, type StoredEvent } from './db';
import { deliveredRepo } from './delivered.repo';
import { eventJournal } from './event-journal';
import { plainEvent } from './stored-event';

export interface DueBatch {
  items: OutboxItem[];
  events: CaseEvent[];
  heldCases: Set<string>;
  passedOver: boolean;
  lastSeq: number;
  /** The walk stopped at `limit` (or the byte bound cut it): more may be due after `lastSeq`. */
  more: boolean;
}

const pendingRange = () => db.outbox.where('[state+seq]').between(['pending', 0], ['pending', Infinity]);

export const outboxRepo = {
  /** Queues a stored local event (as sealed: no store bookkeeping); runs inside the caller's transaction. */
  async enqueue(event: CaseEvent): Promise<void> {
    await db.outbox.add({
      eventId: event.id,
      caseId: event.caseId,
      event,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
    });
  },

  /**
   * Up to `limit` pending items whose back-off has passed, oldest first, with their events.
   * Reads the pending index a chunk at a time (one request per chunk, the items carry their
   * events) and stops at `limit`: the cost follows the batch, not the queue (only items in
   * back-off at the front are stepped over).
   *
   * For a pipelined drain: `afterSeq` starts the walk after the previous batch taken, and
   * `holdCases` (the cases of batches still in flight, and those held in earlier walks) holds
   * back their items, which would only be deferred if they reached the hub before the batch
   * holding their case's earlier events. `heldCases` says which cases this walk held back,
   * `passedOver` whether an item was held only because of `holdCases` (take again from the
   * start once those batches are answered), `lastSeq` where the next walk may start.
   */
  async takeDue(now: number, limit: number, options: { afterSeq?: number; holdCases?: ReadonlySet<string> } = {}): Promise<DueBatch> {
    const held = new Set<string>();
    const holdCases = options.holdCases ?? new Set<string>();
    let passedOver = false;
    const items: OutboxItem[] = [];
    let walkedTo = options.afterSeq ?? 0;
    let endOfQueue = false;
    while (items.length < limit && !endOfQueue) {
      const chunk = await db.outbox
        .where('[state+seq]')
        .between(['pending', walkedTo], ['pending', Infinity], false, true)
        .limit(limit)
        .toArray();
      endOfQueue = chunk.length < limit;
      for (const item of chunk) {
        if (items.length >= limit) break;
        walkedTo = item.seq ?? walkedTo;
        if (holdCases.has(item.caseId)) {
          passedOver = true;
          continue;
        }
        if (item.nextAttemptAt > now || held.has(item.caseId)) {
          held.add(item.caseId);
          continue;
        }
        items.push(item);
      }
    }
    // Packed within the hub's batch size in bytes too (always at least one event): a few
    // large events must not make the whole push fail as too large.
    const batch: DueBatch = {
      items: [],
      events: [],
      heldCases: held,
      passedOver,
      lastSeq: options.afterSeq ?? 0,
      more: items.length >= limit,
    };
    let bytes = 0;
    for (const item of items) {
      bytes += serializedBytes(item.event);
      if (batch.events.length > 0 && bytes > MAX_BATCH_BYTES) {
        batch.more = true;
        break;
      }
      batch.items.push(item);
      batch.events.push(item.event);
      batch.lastSeq = item.seq ?? batch.lastSeq;
    }
    return batch;
  },

  /** Records the hub's answers to a push of these items (they carry the events answered); then the journal lets the acknowledged go. */
  async recordResults(results: readonly EventResult[], now = Date.now()): Promise<void> {
    const items = await db.outbox
      .where('eventId')
      .anyOf(results.map((result) => result.id))
      .toArray();
    await eventJournal.acknowledge(await outboxRepo.recordResultsInStore(results, items, now));
  },

  /**
   * The IndexedDB half of `recordResults`, for the items of one push (`sent`): the
   * acknowledged leave the outbox (a range delete per run of consecutive items, one request
   * each) and are recorded as delivered (one record); deferred and refused items are
   * updated one by one (rare). Returns the ids the hub holds now, which the caller must
   * acknowledge to the journal (only once IndexedDB records them as synced may the disk copy
   * go). A pipelined drain acknowledges them while its next batches travel.
   */
  async recordResultsInStore(results: readonly EventResult[], sent: readonly OutboxItem[], now = Date.now()): Promise<string[]> {
    const byEventId = new Map(sent.map((item) => [item.eventId, item]));
    const done: number[] = [];
    const synced: string[] = [];
    await db.transaction('rw', db.outbox, db.deliveredBatches, async () => {
      for (const result of results) {
        const item = byEventId.get(result.id);
        if (item?.seq === undefined) continue;
        if (result.status === 'rejected') {
          await db.outbox.update(item.seq, {
            state: 'rejected',
            attempts: item.attempts + 1,
            lastError: `${result.code}：${result.message}`,
          });
        } else if (result.status === 'deferred') {
          const attempts = item.attempts + 1;
          await db.outbox.update(item.seq, {
            attempts,
            nextAttemptAt: now + backoffDelayMs(attempts, WORKSTATION_BACKOFF),
            lastError: `${result.code}：${result.message}`,
          });
        } else {
          done.push(item.seq);
          synced.push(result.id);
        }
      }
      for (const [first, last] of consecutiveRuns(done)) await db.outbox.where('seq').between(first, last, true, true).delete();
      await deliveredRepo.record(synced, now);
    });
    // Every event the hub holds may leave the journal, even one whose item went meanwhile.
    return results.filter((result) => result.status === 'applied' || result.status === 'duplicate').map((result) => result.id);
  },

  /**
   * Events the hub acknowledged once but no longer holds (it was restored from a backup) go
   * back to the queue, as unsynced, unless they are queued already. Returns how many.
   */
  async requeueLost(eventIds: readonly string[]): Promise<number> {
    return db.transaction('rw', db.outbox, db.events, db.deliveredBatches, async () => {
      const queued = new Set(
        (
          await db.outbox
            .where('eventId')
            .anyOf([...eventIds])
            .toArray()
        ).map((item) => item.eventId),
      );
      const stored = (await db.events.bulkGet([...eventIds])).filter(
        (event): event is StoredEvent => event !== undefined && !queued.has(event.id),
      );
      // In each case's fold order, so an event never goes before one it follows.
      stored.sort((a, b) => (a.caseId === b.caseId ? a.position - b.position : a.caseId < b.caseId ? -1 : 1));
      for (const event of stored) await outboxRepo.enqueue(plainEvent(event));
      await deliveredRepo.forget(eventIds);
      return stored.length;
    });
  },

  /** 异常 → 重试: a parked item goes back to the queue, to be sent at once. */
  async retry(seq: number): Promise<void> {
    await db.outbox.update(seq, { state: 'pending', attempts: 0, nextAttemptAt: 0 });
  },

  countPending: () => pendingRange().count(),
  countRejected: () => db.outbox.where('[state+seq]').between(['rejected', 0], ['rejected', Infinity]).count(),
  listAll: () => db.outbox.orderBy('seq').toArray(),
  /** Items the clerk should look at: parked by the hub, or deferred again and again. */
  listTroubled: (minAttempts: number) => db.outbox.filter((item) => item.state === 'rejected' || item.attempts >= minAttempts).toArray(),
};

/**
 * Sorted runs of consecutive integers, as [first, last]. Outbox seqs are auto-incremented, so
 * no other item can lie inside a run: deleting the run's range deletes exactly its items.
 */
function consecutiveRuns(seqs: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const seq of [...seqs].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && seq === last[1] + 1) last[1] = seq;
    else runs.push([seq, seq]);
  }
  return runs;
}
