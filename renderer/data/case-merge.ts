/**
 * One event into the store, inside the caller's Dexie transaction: the event row, the folded
 * case, the status counters, the positions after a refold, and the conflict notices of this
 * hall. The merge rules themselves are shared/domain/case/case-log.ts (the same at both hubs).
 */
import { foldOrdered, mergeEvent, orderCaseLog } from '../../shared/domain/case/case-log';
import { parentsOf } from '../../shared/domain/case/case-parents';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { CaseState } from '../../shared/domain/case/case-state';
import { db, statusCountKey, type CaseRecord, type CaseSide } from './db';
import { plainEvent } from './stored-event';

/** The state machine refused the event where its clerk stood (it can never be stored). */
export class CaseTransitionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CaseTransitionError';
  }
}

export type StoreMergeOutcome = { kind: 'stored'; record: CaseRecord } | { kind: 'missingParents'; missing: string[] };

function sideFor(state: CaseState, myHallCode: string): CaseSide {
  return state.routing.receiving.hallCode === myHallCode ? 'receiving' : 'handling';
}

/** The case's stored events, in fold order. */
export async function storedLog(caseId: string): Promise<CaseEvent[]> {
  const stored = await db.events.where('[caseId+position]').between([caseId, 0], [caseId, Number.MAX_SAFE_INTEGER]).toArray();
  return stored.map(plainEvent);
}

export async function mergeIntoStore(event: CaseEvent, myHallCode: string): Promise<StoreMergeOutcome> {
  const current = await db.cases.get(event.caseId);
  const merged = await mergeEvent(current, event, () => storedLog(event.caseId));
  if (merged.kind === 'rejected') throw new CaseTransitionError(merged.code, merged.message);
  if (merged.kind === 'missingParents') return merged;
  const record: CaseRecord = { ...merged.state, side: sideFor(merged.state, myHallCode) };
  if (merged.kind === 'appended') {
    await db.events.add({ ...event, position: record.eventCount });
  } else {
    await db.events.add({ ...event, position: 0 });
    await renumber(merged.order);
  }
  await db.cases.put(record);
  await recount(current, record);
  await updateConflictNotices(current, record, myHallCode);
  return { kind: 'stored', record };
}

/**
 * Takes a local event the hub refused out of the store (the clerk's 放弃 in the 异常 list),
 * inside the caller's transaction, and refolds its case from what is left; a case whose
 * opening event goes is gone. Only a head may go: nothing stored may follow it.
 */
export async function removeFromStore(eventId: string, myHallCode: string): Promise<void> {
  const stored = await db.events.get(eventId);
  if (!stored) return;
  const before = await db.cases.get(stored.caseId);
  const remaining = (await storedLog(stored.caseId)).filter((event) => event.id !== eventId);
  if (remaining.some((event) => parentsOf(event).includes(stored.hash))) {
    throw new CaseTransitionError('HAS_FOLLOWERS', '该事件之后本机还有该办件的其他事件，请先处理后续事件');
  }
  await db.events.delete(eventId);
  if (remaining.length === 0) {
    await db.cases.delete(stored.caseId);
    if (before) await recount(before, undefined);
    return;
  }
  const order = orderCaseLog(remaining);
  const folded = foldOrdered(order);
  const record: CaseRecord = { ...folded, side: sideFor(folded, myHallCode) };
  await renumber(order);
  await db.cases.put(record);
  await recount(before, record);
}

/** After a refold: each event's position becomes its place in the new fold order. */
async function renumber(order: readonly CaseEvent[]): Promise<void> {
  const stored = await db.events.bulkGet(order.map((event) => event.id));
  const changes = order.flatMap((event, index) =>
    stored[index]?.position === index + 1 ? [] : [{ key: event.id, changes: { position: index + 1 } }],
  );
  if (changes.length > 0) await db.events.bulkUpdate(changes);
}

/** Moves one case between status counters (after undefined: it is gone); runs inside the caller's transaction. */
async function recount(before: CaseRecord | undefined, after: CaseRecord | undefined): Promise<void> {
  if (before && after && before.status === after.status && before.side === after.side) return;
  const bump = async (side: CaseSide, status: string, delta: number) => {
    const key = statusCountKey(side, status);
    const current = (await db.statusCounts.get(key))?.count ?? 0;
    await db.statusCounts.put({ key, side, status, count: Math.max(0, current + delta) });
  };
  if (before) await bump(before.side, before.status, -1);
  if (after) await bump(after.side, after.status, 1);
}

/**
 * A notice for every act of this hall that the fold now overrules, and none for an act a
 * later refold let stand after all (an open notice goes; an acknowledged one stays on record).
 */
async function updateConflictNotices(before: CaseRecord | undefined, after: CaseRecord, myHallCode: string): Promise<void> {
  const had = new Set((before?.overruled ?? []).map((item) => item.eventId));
  const now = new Map((after.overruled ?? []).map((item) => [item.eventId, item]));
  for (const [eventId, overruled] of now) {
    if (had.has(eventId) || overruled.actor.hallCode !== myHallCode) continue;
    if (await db.conflictNotices.get(eventId)) continue;
    await db.conflictNotices.put({
      eventId,
      caseId: after.caseId,
      caseNumber: after.caseNumber,
      overruled,
      state: 'open',
      createdAt: new Date().toISOString(),
    });
  }
  for (const eventId of had) {
    if (now.has(eventId)) continue;
    const notice = await db.conflictNotices.get(eventId);
    if (notice?.state === 'open') await db.conflictNotices.delete(eventId);
  }
}
