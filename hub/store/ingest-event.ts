/**
 * Takes one event into the hub: checks it, merges it into its case's log (case-log.ts: an
 * event concurrent with others is kept and the case refolded; one whose parent has not
 * arrived is deferred) and, if it may stand, stores it, appends it to the change feed and
 * queues it for the peer hub, all in one transaction. Results are per event: the caller loops over a batch, and one
 * rejected event never stops the others.
 */
import type { CaseEvent } from '../../shared/domain/case-events';
import { mergeEvent } from '../../shared/domain/case-log';
import type { CaseState } from '../../shared/domain/case-state';
import { hasValidHash } from '../../shared/domain/event-seal';
import type { EventResult } from '../../shared/sync/protocol';
import { sqlState, UNIQUE_VIOLATION, type Database, type Queryable } from '../db/database';
import { caseWithNumber, loadCaseForUpdate, loadCaseLog, saveCaseState } from './case-routes';
import {
  checkActor,
  checkPeerCase,
  checkRouting,
  CLOCK_SKEW_LIMIT_MS,
  isCrossProvince,
  type EventOrigin,
  type Rejection,
} from './event-checks';
import { appendToFeed } from './feed';
import { enqueueForward } from './forward-queue';
import { checkStaffActor } from '../staff/event-staff-check';

/** A unique-key race resolves on the first retry; more attempts only guard against bugs. */
const MAX_ATTEMPTS = 3;

export async function ingestEvent(db: Database, event: CaseEvent, origin: EventOrigin): Promise<EventResult> {
  if (!(await hasValidHash(event))) {
    return rejected(event, { code: 'BAD_HASH', message: '事件哈希校验失败：内容与哈希不符，可能已被篡改' });
  }
  const actorProblem = checkActor(event, origin) ?? (await checkStaffActor(db, event, origin));
  if (actorProblem) return rejected(event, actorProblem);

  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction((tx) => applyInTransaction(tx, event, origin));
    } catch (error) {
      // Two requests raced on the same new case or the same event id (a client retrying
      // while its first request is still running): the loser's INSERT hits a unique key.
      // Retrying re-reads what the winner committed, which usually makes this a duplicate.
      if (sqlState(error) === UNIQUE_VIOLATION && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

async function applyInTransaction(tx: Queryable, event: CaseEvent, origin: EventOrigin): Promise<EventResult> {
  // Lock the case first, then look for the id: a concurrent copy of this event that commits
  // while we wait on the lock is then visible to the duplicate check (READ COMMITTED).
  const state = await loadCaseForUpdate(tx, event.caseId);
  const stored = await tx.query<{ hash: string }>('SELECT hash FROM events WHERE id = $1', [event.id]);
  if (stored[0]) {
    return stored[0].hash === event.hash
      ? { id: event.id, status: 'duplicate' }
      : rejected(event, { code: 'ID_CONFLICT', message: '事件编号已被另一内容不同的事件使用' });
  }

  const merged = await mergeEvent(state, event, () => loadCaseLog(tx, event.caseId));
  if (merged.kind === 'rejected') return rejected(event, merged);
  if (merged.kind === 'missingParents') {
    return { id: event.id, status: 'deferred', code: 'MISSING_PARENTS', message: '该事件所接续的前序事件尚未到达本交换中心，请稍后重发' };
  }
  const { routing } = merged.state;
  // Routing is set by the event that opens the case (受理, 一次性告知 or 不予受理 on the spot).
  const problem =
    (state === undefined ? checkRouting(routing, event) : undefined) ??
    (origin.kind === 'peer' ? checkPeerCase(routing) : undefined) ??
    (state === undefined ? await checkCaseNumberFree(tx, merged.state) : undefined);
  if (problem) return rejected(event, problem);

  await saveCaseState(tx, merged.state, state === undefined);
  await insertEvent(tx, event, origin);
  const seq = await appendToFeed(tx, event, routing);
  // Only our own windows' events travel to the peer: a peer event going back would echo.
  if (origin.kind === 'local' && isCrossProvince(routing)) {
    await enqueueForward(tx, seq, event);
  }
  return { id: event.id, status: 'applied' };
}

async function insertEvent(tx: Queryable, event: CaseEvent, origin: EventOrigin): Promise<void> {
  const skewMs = origin.kind === 'local' ? Date.parse(event.at) - Date.now() : null;
  await tx.query(
    `INSERT INTO events (id, case_id, type, body, hash, origin, workstation_id, clock_skew_ms, clock_skewed)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8::bigint, $9)`,
    [
      event.id,
      event.caseId,
      event.type,
      JSON.stringify(event),
      event.hash,
      origin.kind,
      origin.kind === 'local' ? origin.workstation.id : null,
      skewMs,
      skewMs !== null && Math.abs(skewMs) > CLOCK_SKEW_LIMIT_MS,
    ],
  );
}

async function checkCaseNumberFree(tx: Queryable, state: CaseState): Promise<Rejection | undefined> {
  const holder = await caseWithNumber(tx, state.caseNumber, state.caseId);
  if (!holder) return undefined;
  return {
    code: 'DUPLICATE_CASE_NUMBER',
    message: `办件编号 ${state.caseNumber} 已被另一办件使用：本窗口的编号可能因本机数据丢失或两台电脑共用一个窗口号而重复，请联系管理员`,
  };
}

function rejected(event: CaseEvent, { code, message }: Rejection): EventResult {
  return { id: event.id, status: 'rejected', code, message };
}
