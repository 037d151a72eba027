/**
 * Events that cannot join their case yet: pulled events that follow an event not here, and
 * journaled local events whose case's earlier events are only at the hub. They are kept
 * (never skipped), merged again whenever their case gets an event, and listed on the 同步队列
 * page with what they wait for. An event the state machine refuses stays here too, for an
 * operator: it is never silently dropped.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { CaseTransitionError, mergeIntoStore } from './case-merge';
import { db, type PendingEventRecord } from './db';
import { outboxRepo } from './outbox.repo';

export type MergeOrKeepOutcome = { kind: 'stored' } | { kind: 'waiting'; reason: string } | { kind: 'refused'; reason: string };

interface MergeOptions {
  /** A local event (from the journal): queued for the hub once stored. */
  local: boolean;
  myHallCode: string;
}

/** Runs inside the caller's transaction (events, cases, statusCounts, pendingEvents, conflictNotices, outbox). */
async function mergeOrKeep(event: CaseEvent, { local, myHallCode }: MergeOptions): Promise<MergeOrKeepOutcome> {
  if (await db.events.get(event.id)) {
    // It came in another way meanwhile (a pull after the cursor was reset, a restore).
    await db.pendingEvents.delete(event.id);
    return { kind: 'stored' };
  }
  try {
    const outcome = await mergeIntoStore(event, myHallCode);
    if (outcome.kind === 'stored') {
      if (local) await outboxRepo.enqueue(event);
      await db.pendingEvents.delete(event.id);
      return { kind: 'stored' };
    }
    const reason = `等待该办件此前的${outcome.missing.length}个事件到达本机`;
    await keep(event, local, reason);
    return { kind: 'waiting', reason };
  } catch (error) {
    if (!(error instanceof CaseTransitionError)) throw error;
    const reason = `${error.code}：${error.message}`;
    await keep(event, local, reason);
    return { kind: 'refused', reason };
  }
}

async function keep(event: CaseEvent, local: boolean, reason: string): Promise<void> {
  const existing = await db.pendingEvents.get(event.id);
  const record: PendingEventRecord = {
    id: event.id,
    caseId: event.caseId,
    event,
    origin: local ? 'journal' : 'pulled',
    receivedAt: existing?.receivedAt ?? new Date().toISOString(),
    attempts: (existing?.attempts ?? 0) + 1,
    reason,
  };
  await db.pendingEvents.put(record);
}

/** Merges the waiting events of these cases until none of them moves; returns how many joined. */
async function retryCases(caseIds: Iterable<string>, myHallCode: string): Promise<number> {
  let joined = 0;
  for (const caseId of caseIds) {
    for (let progress = true; progress;) {
      progress = false;
      const waiting = await db.pendingEvents.where('caseId').equals(caseId).sortBy('receivedAt');
      for (const record of waiting) {
        const outcome = await mergeOrKeep(record.event, { local: record.origin === 'journal', myHallCode });
        if (outcome.kind === 'stored') {
          joined += 1;
          progress = true;
        }
      }
    }
  }
  return joined;
}

export const pendingEventsRepo = {
  mergeOrKeep,
  retryCases,

  /** Every waiting case once more (each sync round): a parent may have come another way. */
  async retryAll(myHallCode: string): Promise<number> {
    return db.transaction('rw', [db.events, db.cases, db.statusCounts, db.pendingEvents, db.conflictNotices, db.outbox], async () =>
      retryCases(new Set((await db.pendingEvents.toArray()).map((record) => record.caseId)), myHallCode),
    );
  },

  list: () => db.pendingEvents.orderBy('receivedAt').toArray(),
  count: () => db.pendingEvents.count(),
};
