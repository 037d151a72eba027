/**
 * Case events in, case state out. Every write appends events and updates the folded case
 * (and, for local events, the outbox) in ONE transaction: a crash never leaves a case whose
 * state disagrees with its log, or an event that will never be sent.
 */
import { applyEvent, type CaseState } from '../../shared/domain/case-state';
import type { CaseEvent } from '../../shared/domain/case-events';
import { db, type CaseRecord, type CaseSide, type StoredEvent } from './db';

function sideFor(state: CaseState, myHallCode: string): CaseSide {
  return state.routing.receiving.hallCode === myHallCode ? 'receiving' : 'handling';
}

async function appendOne(event: CaseEvent, synced: 0 | 1, myHallCode: string): Promise<CaseRecord> {
  const current = await db.cases.get(event.caseId);
  const result = applyEvent(current, event);
  if (!result.ok) throw new CaseTransitionError(result.code, result.message);
  const record: CaseRecord = { ...result.state, side: sideFor(result.state, myHallCode) };
  const stored: StoredEvent = { ...event, position: record.eventCount, synced };
  await db.events.add(stored);
  await db.cases.put(record);
  return record;
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
   * came from (if any) is discarded in the same transaction, so it can't be accepted twice.
   */
  async appendLocal(events: readonly CaseEvent[], myHallCode: string, draftId?: string): Promise<CaseRecord> {
    return db.transaction('rw', [db.events, db.cases, db.outbox, db.drafts], async () => {
      if (draftId) await db.drafts.delete(draftId);
      let record: CaseRecord | undefined;
      for (const event of events) {
        record = await appendOne(event, 0, myHallCode);
        await db.outbox.add({ eventId: event.id, caseId: event.caseId, state: 'pending', attempts: 0, nextAttemptAt: 0, lastError: null });
      }
      if (!record) throw new Error('没有要保存的事件');
      return record;
    });
  },

  /**
   * Events from the hub's feed, with the cursor that follows them, in one transaction.
   * Events we already hold (our own, echoed back) are just marked synced.
   */
  async applyPulled(events: readonly CaseEvent[], cursor: string, myHallCode: string): Promise<{ applied: number; skipped: string[] }> {
    return db.transaction('rw', db.events, db.cases, db.syncState, async () => {
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

  /** Newest first, for one side of the window's work. */
  listBySide: (side: CaseSide, limit = 200) =>
    db.cases.where('[side+updatedAt]').between([side, ''], [side, '\uffff']).reverse().limit(limit).toArray(),

  /** The next 办件编号 sequence for a day, taken in its own transaction. */
  nextSequence(dayKey: string): Promise<number> {
    return db.transaction('rw', db.counters, async () => {
      const key = `caseSeq:${dayKey}`;
      const value = ((await db.counters.get(key))?.value ?? 0) + 1;
      await db.counters.put({ key, value });
      return value;
    });
  },
};
