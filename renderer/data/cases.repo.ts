/**
 * Case events in, case state out. Every write merges events into the case's log and updates
 * the folded case (and, for local events, the outbox) in ONE transaction: a crash never
 * leaves a case whose state disagrees with its log, or an event that will never be sent.
 * How an event joins a log is case-merge.ts (and shared/domain/case/case-log.ts).
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { attachmentsRepo } from './attachments.repo';
import { CaseTransitionError, mergeIntoStore } from './case-merge';
import { db, type CaseRecord, type StoredEvent } from './db';
import { eventJournal, type ConfirmWithoutJournal } from './event-journal';
import { outboxRepo } from './outbox.repo';
import { pendingEventsRepo } from './pending-events.repo';

/** IndexedDB refused the write (quota, a broken backing store); says whether disk has it. */
export class LocalStoreError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly journaled: boolean,
  ) {
    const name = cause instanceof Error ? cause.name : '';
    const reason = name === 'QuotaExceededError' ? '本机存储空间已满' : '本机数据库写入失败';
    super(
      journaled
        ? `${reason}，本次办件已写入磁盘日志，不会丢失；请联系管理员清理空间后重启程序，程序会自动恢复。`
        : `${reason}，且无法写入磁盘日志：本次办件未保存，请勿让申请人离开，联系管理员处理。`,
    );
    this.name = 'LocalStoreError';
  }
}

/** A local event whose case's earlier events are not here (its parents are missing). */
export class MissingHistoryError extends Error {
  constructor(readonly missing: readonly string[]) {
    super('本机缺少该办件此前的记录，请等待同步完成后再办理');
    this.name = 'MissingHistoryError';
  }
}

/** A local event: stored, folded and queued for the hub; throws when it cannot stand. */
async function appendQueued(event: CaseEvent, myHallCode: string): Promise<CaseRecord> {
  const outcome = await mergeIntoStore(event, myHallCode);
  if (outcome.kind === 'missingParents') throw new MissingHistoryError(outcome.missing);
  await outboxRepo.enqueue(event);
  return outcome.record;
}

/** What a journal restore did, per event that did not come back (the others did). */
export interface RestoreReport {
  restored: number;
  /** Waiting for earlier events of their case from the hub; merged after a pull. */
  waiting: { caseId: string; eventId: string; reason: string }[];
  /** Refused by the state machine: they can never stand; kept in the journal for an operator. */
  failed: { caseId: string; eventId: string; reason: string }[];
}

const PULL_TABLES = () => [db.events, db.cases, db.syncState, db.statusCounts, db.pendingEvents, db.conflictNotices, db.outbox];

export const casesRepo = {
  /**
   * A clerk's own events: stored, folded and queued for the hub together; the draft they
   * came from (if any) is discarded in the same transaction, so it can't be accepted twice,
   * and its scanned materials become the case's. When the disk journal cannot take the events,
   * `confirmWithoutJournal` (if given) lets the clerk stop before anything is stored.
   */
  async appendLocal(
    events: readonly CaseEvent[],
    myHallCode: string,
    draftId?: string,
    confirmWithoutJournal?: ConfirmWithoutJournal,
  ): Promise<CaseRecord> {
    const journaled = await eventJournal.write(events, confirmWithoutJournal);
    try {
      return await db.transaction(
        'rw',
        [db.events, db.cases, db.outbox, db.drafts, db.statusCounts, db.attachments, db.conflictNotices, db.scanUploads],
        async () => {
          if (draftId) await db.drafts.delete(draftId);
          let record: CaseRecord | undefined;
          for (const event of events) record = await appendQueued(event, myHallCode);
          if (!record) throw new Error('没有要保存的事件');
          if (draftId) await attachmentsRepo.claimDraftAttachments(draftId, record.caseId);
          return record;
        },
      );
    } catch (error) {
      if (error instanceof CaseTransitionError || error instanceof MissingHistoryError) throw error;
      throw new LocalStoreError(error, journaled);
    }
  },

  /**
   * Local events that reached the disk journal but not IndexedDB (a quota or backing-store
   * failure, a crash between the two writes, a wiped store): merged and queued again, case by
   * case, so one case that cannot come back never holds up the others. An event whose case's
   * earlier events are only at the hub (acknowledged, so gone from the journal) waits in
   * pendingEvents and is merged after the pull brings them.
   */
  async restoreFromJournal(events: readonly CaseEvent[], myHallCode: string): Promise<RestoreReport> {
    const report: RestoreReport = { restored: 0, waiting: [], failed: [] };
    // Nearly always every journaled event is already stored (the journal keeps them until the
    // hub has them): one read finds those, so a start with a long queue opens no write
    // transaction for them.
    const stored = await db.events.bulkGet(events.map((event) => event.id));
    const missing = events.filter((_, i) => stored[i] === undefined);
    for (const caseEvents of groupByCase(missing)) {
      await db.transaction('rw', PULL_TABLES(), async () => {
        for (const event of caseEvents) {
          if (await db.events.get(event.id)) continue;
          const outcome = await pendingEventsRepo.mergeOrKeep(event, { local: true, myHallCode });
          if (outcome.kind === 'stored') report.restored += 1;
          else if (outcome.kind === 'waiting') report.waiting.push({ caseId: event.caseId, eventId: event.id, reason: outcome.reason });
          else report.failed.push({ caseId: event.caseId, eventId: event.id, reason: outcome.reason });
        }
      });
    }
    return report;
  },

  /**
   * Events from the hub's feed, with the cursor that follows them, in one transaction.
   * Events we already hold (our own, echoed back) are passed over. An event that
   * follows one not here yet is kept in pendingEvents (never skipped) and merged as soon as
   * its parents arrive, in this batch or a later one.
   */
  async applyPulled(events: readonly CaseEvent[], cursor: string, myHallCode: string): Promise<{ applied: number; waiting: number }> {
    return db.transaction('rw', PULL_TABLES(), async () => {
      let applied = 0;
      const touched = new Set<string>();
      const held = new Set(
        await db.events
          .where(':id')
          .anyOf(events.map((event) => event.id))
          .primaryKeys(),
      );
      for (const event of events) {
        if (held.has(event.id)) continue;
        const outcome = await pendingEventsRepo.mergeOrKeep(event, { local: false, myHallCode });
        if (outcome.kind === 'stored') {
          applied += 1;
          touched.add(event.caseId);
        }
      }
      applied += await pendingEventsRepo.retryCases(touched, myHallCode);
      await db.syncState.put({ key: 'feedCursor', value: cursor });
      return { applied, waiting: await db.pendingEvents.count() };
    });
  },

  get: (caseId: string) => db.cases.get(caseId),

  /** The case's events in fold order; `synced`: the hub has it (no outbox item waits for it). */
  async timeline(caseId: string): Promise<(StoredEvent & { synced: boolean })[]> {
    return db.transaction('r', db.events, db.outbox, async () => {
      const events = await db.events.where('[caseId+position]').between([caseId, 0], [caseId, Number.MAX_SAFE_INTEGER]).toArray();
      const waiting = new Set(
        (
          await db.outbox
            .where('eventId')
            .anyOf(events.map((event) => event.id))
            .toArray()
        ).map((item) => item.eventId),
      );
      return events.map((event) => ({ ...event, synced: !waiting.has(event.id) }));
    });
  },

  /**
   * What the hub holds of this window's numbers of a day: the counter never goes below it,
   * so a workstation whose store was wiped (and not yet refilled by pulls) cannot mint a
   * number the hub already has.
   */
  async raiseSequenceFloor(prefix: string, lastSequence: number): Promise<void> {
    await db.transaction('rw', db.counters, async () => {
      const key = `caseSeq:${prefix}`;
      const current = (await db.counters.get(key))?.value ?? 0;
      if (lastSequence > current) await db.counters.put({ key, value: lastSequence });
    });
  },

  /**
   * The next daily sequence for a case-number prefix (hall + window + date). The stored
   * case numbers are the truth — after a wiped database, restored and pulled cases bring
   * them back — and the counter only guards numbers taken but not yet stored.
   */
  nextSequence(prefix: string): Promise<number> {
    return db.transaction('rw', db.counters, db.cases, async () => {
      const key = `caseSeq:${prefix}`;
      const last = await db.cases.where('caseNumber').startsWith(prefix).last();
      const fromCases = last ? Number(last.caseNumber.slice(prefix.length)) : 0;
      const value = Math.max((await db.counters.get(key))?.value ?? 0, fromCases) + 1;
      await db.counters.put({ key, value });
      return value;
    });
  },
};

/** Events grouped by case, each group in the order given (the journal's order). */
function groupByCase(events: readonly CaseEvent[]): CaseEvent[][] {
  const groups = new Map<string, CaseEvent[]>();
  for (const event of events) groups.set(event.caseId, [...(groups.get(event.caseId) ?? []), event]);
  return [...groups.values()];
}
