/**
 * Case events in, case state out. Every write appends events and updates the folded case
 * (and, for local events, the outbox) in ONE transaction: a crash never leaves a case whose
 * state disagrees with its log, or an event that will never be sent.
 */
import { applyEvent, type CaseState } from '../../shared/domain/case-state';
import type { CaseEvent } from '../../shared/domain/case-events';
import { attachmentsRepo } from './attachments.repo';
import { db, statusCountKey, type CaseRecord, type CaseSide, type StoredEvent } from './db';
import { eventJournal, type ConfirmWithoutJournal } from './event-journal';

function sideFor(state: CaseState, myHallCode: string): CaseSide {
  return state.routing.receiving.hallCode === myHallCode ? 'receiving' : 'handling';
}

/** Moves one case between status counters; runs inside the caller's transaction. */
async function recount(before: CaseRecord | undefined, after: CaseRecord): Promise<void> {
  if (before && before.status === after.status && before.side === after.side) return;
  const bump = async (side: CaseSide, status: string, delta: number) => {
    const key = statusCountKey(side, status);
    const current = (await db.statusCounts.get(key))?.count ?? 0;
    await db.statusCounts.put({ key, side, status, count: Math.max(0, current + delta) });
  };
  if (before) await bump(before.side, before.status, -1);
  await bump(after.side, after.status, 1);
}

async function appendOne(event: CaseEvent, synced: 0 | 1, myHallCode: string): Promise<CaseRecord> {
  const current = await db.cases.get(event.caseId);
  const result = applyEvent(current, event);
  if (!result.ok) throw new CaseTransitionError(result.code, result.message);
  const record: CaseRecord = { ...result.state, side: sideFor(result.state, myHallCode) };
  const stored: StoredEvent = { ...event, position: record.eventCount, synced };
  await db.events.add(stored);
  await db.cases.put(record);
  await recount(current, record);
  return record;
}

async function appendQueued(event: CaseEvent, myHallCode: string): Promise<CaseRecord> {
  const record = await appendOne(event, 0, myHallCode);
  await db.outbox.add({ eventId: event.id, caseId: event.caseId, state: 'pending', attempts: 0, nextAttemptAt: 0, lastError: null });
  return record;
}

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

export class CaseTransitionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CaseTransitionError';
  }
}

export const casesRepo = {
  /**
   * A clerk's own events: stored, folded and queued for the hub together; the draft they
   * came from (if any) is discarded in the same transaction, so it can't be accepted twice,
   * and its scanned materials become the case's. When the disk journal cannot take the events,
   * `confirmWithoutJournal` (if given) lets the clerk stop before anything is stored.
   */
  async appendLocal(events: readonly CaseEvent[], myHallCode: string, draftId?: string, confirmWithoutJournal?: ConfirmWithoutJournal): Promise<CaseRecord> {
    const journaled = await eventJournal.write(events, confirmWithoutJournal);
    try {
      return await db.transaction('rw', [db.events, db.cases, db.outbox, db.drafts, db.statusCounts, db.attachments, db.scanUploads], async () => {
        if (draftId) await db.drafts.delete(draftId);
        let record: CaseRecord | undefined;
        for (const event of events) record = await appendQueued(event, myHallCode);
        if (!record) throw new Error('没有要保存的事件');
        if (draftId) await attachmentsRepo.claimDraftAttachments(draftId, record.caseId);
        return record;
      });
    } catch (error) {
      if (error instanceof CaseTransitionError) throw error;
      throw new LocalStoreError(error, journaled);
    }
  },

  /**
   * Local events that reached the disk journal but not IndexedDB (a quota or backing-store
   * failure, a crash between the two writes): stored and queued now, in journal order.
   */
  async restoreFromJournal(events: readonly CaseEvent[], myHallCode: string): Promise<number> {
    return db.transaction('rw', [db.events, db.cases, db.outbox, db.statusCounts], async () => {
      let restored = 0;
      for (const event of events) {
        if (await db.events.get(event.id)) continue;
        await appendQueued(event, myHallCode);
        restored += 1;
      }
      return restored;
    });
  },

  /**
   * Events from the hub's feed, with the cursor that follows them, in one transaction.
   * Events we already hold (our own, echoed back) are just marked synced.
   */
  async applyPulled(events: readonly CaseEvent[], cursor: string, myHallCode: string): Promise<{ applied: number; skipped: string[] }> {
    return db.transaction('rw', [db.events, db.cases, db.syncState, db.statusCounts], async () => {
      let applied = 0;
      const skipped: string[] = [];
      for (const event of events) {
        if (await db.events.get(event.id)) {
          await db.events.update(event.id, { synced: 1 });
          continue;
        }
        try {
          await appendOne(event, 1, myHallCode);
          applied += 1;
        } catch (error) {
          if (!(error instanceof CaseTransitionError)) throw error;
          skipped.push(`${event.id}: ${error.message}`);
        }
      }
      await db.syncState.put({ key: 'feedCursor', value: cursor });
      return { applied, skipped };
    });
  },

  get: (caseId: string) => db.cases.get(caseId),

  timeline: (caseId: string) =>
    db.events.where('[caseId+position]').between([caseId, 0], [caseId, Number.MAX_SAFE_INTEGER]).toArray(),


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
