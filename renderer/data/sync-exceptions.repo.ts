/**
 * The 异常 list of the 同步队列 page: what cannot move by itself, and the clerk's three
 * answers — 重试 (send again now), 放弃 (take a local event the hub refused out of this
 * workstation), 取回办件记录 (fetch a case's whole history from the hub, for events waiting
 * on parents that never came). Every answer is recorded in syncResolutions.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { CASE_EVENT_LABELS } from '../../shared/domain/case/case-events';
import { removeFromStore } from './case-merge';
import { db, type OutboxItem, type PendingEventRecord } from './db';
import { eventJournal } from './event-journal';
import { outboxRepo } from './outbox.repo';
import { pendingEventsRepo } from './pending-events.repo';

/** Deferred this many times in a row, an outbox item is shown as an 异常 (it still retries). */
export const TROUBLED_AFTER_ATTEMPTS = 5;

/** What every 异常 names: the case and the event that cannot reach the hub, and why. */
interface SyncExceptionCommon {
  key: string;
  caseId: string;
  caseNumber: string | null;
  eventId: string;
  action: string;
  reason: string;
}

/** Refused by the hub, or deferred too often: the outbox item is there to retry or discard. */
type OutboxException = SyncExceptionCommon & { item: OutboxItem };

export type SyncException =
  | (OutboxException & { kind: 'refusedByHub' })
  | (OutboxException & { kind: 'stuckInOutbox' })
  | (SyncExceptionCommon & { kind: 'waitingForHistory'; since: string; origin: PendingEventRecord['origin'] });

async function caseNumberOf(caseId: string, event?: CaseEvent): Promise<string | null> {
  const record = await db.cases.get(caseId);
  if (record) return record.caseNumber;
  return event && 'caseNumber' in event.payload ? (event.payload.caseNumber as string) : null;
}

async function record(
  action: 'retried' | 'discarded' | 'fetchedHistory',
  clerk: string,
  caseId: string,
  eventId: string | null,
  detail: string,
) {
  await db.syncResolutions.add({ at: new Date().toISOString(), clerk, action, caseId, eventId, detail });
}

export const syncExceptionsRepo = {
  async list(): Promise<SyncException[]> {
    const exceptions: SyncException[] = [];
    for (const item of await outboxRepo.listTroubled(TROUBLED_AFTER_ATTEMPTS)) {
      const event = await db.events.get(item.eventId);
      const base = {
        key: `outbox:${item.eventId}`,
        caseId: item.caseId,
        caseNumber: await caseNumberOf(item.caseId),
        eventId: item.eventId,
        action: event ? CASE_EVENT_LABELS[event.type] : '未知事件',
        reason: item.lastError ?? '',
        item,
      };
      exceptions.push(item.state === 'rejected' ? { kind: 'refusedByHub', ...base } : { kind: 'stuckInOutbox', ...base });
    }
    for (const pending of await pendingEventsRepo.list()) {
      exceptions.push({
        kind: 'waitingForHistory',
        key: `pending:${pending.id}`,
        caseId: pending.caseId,
        caseNumber: await caseNumberOf(pending.caseId, pending.event),
        eventId: pending.id,
        action: CASE_EVENT_LABELS[pending.event.type],
        reason: pending.reason,
        since: pending.receivedAt,
        origin: pending.origin,
      });
    }
    return exceptions;
  },

  async retry(item: OutboxItem, clerk: string): Promise<void> {
    if (item.seq === undefined) return;
    await outboxRepo.retry(item.seq);
    await record('retried', clerk, item.caseId, item.eventId, item.lastError ?? '');
  },

  /** 放弃: the hub refused the event for good; this workstation stops holding it. */
  async discard(item: OutboxItem, clerk: string, why: string, myHallCode: string): Promise<void> {
    await db.transaction('rw', [db.events, db.cases, db.statusCounts, db.outbox, db.syncResolutions], async () => {
      await removeFromStore(item.eventId, myHallCode);
      if (item.seq !== undefined) await db.outbox.delete(item.seq);
      await record('discarded', clerk, item.caseId, item.eventId, `${item.lastError ?? ''}；放弃原因：${why}`);
    });
    // The disk journal keeps an event until it is safe; a discarded one is settled too.
    await eventJournal.acknowledge([item.eventId]);
  },

  /** 取回办件记录: the case's whole log from the hub, merged, then its waiting events again. */
  async mergeFetchedHistory(caseId: string, events: readonly CaseEvent[], clerk: string, myHallCode: string): Promise<number> {
    return db.transaction(
      'rw',
      [db.events, db.cases, db.statusCounts, db.pendingEvents, db.conflictNotices, db.outbox, db.syncResolutions],
      async () => {
        let joined = 0;
        for (const event of events) {
          if (await db.events.get(event.id)) continue;
          const outcome = await pendingEventsRepo.mergeOrKeep(event, { local: false, myHallCode });
          if (outcome.kind === 'stored') joined += 1;
        }
        joined += await pendingEventsRepo.retryCases([caseId], myHallCode);
        await record('fetchedHistory', clerk, caseId, null, `取回${events.length}个事件，并入${joined}个`);
        return joined;
      },
    );
  },
};
