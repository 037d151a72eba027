/**
 * Takes a batch of events into the hub in one transaction, with a result per event. Checks
 * that need no data (size cap, hash, actor) run first, each event on its own; the rest is
 * set-based:
 *
 *   1. the batch's stored cases, locked FOR UPDATE in one statement (case id order);
 *   2. which of its event ids are stored already, and who holds the 办件编号 its new cases
 *      would take: one statement each;
 *   3. the merge, event after event in memory (batch-merge.ts: the same rules as ever, and a
 *      case's stored log is read only for a concurrent event);
 *   4. multi-row writes: new cases, changed cases, events, and the batch's rows waiting
 *      for the feed; the transaction commits without any feed lock;
 *   5. the feed ticket step (feed.ts), a short transaction of its own, numbers the waiting
 *      rows of every batch committed so far, queues them for the peer hub and tells the
 *      other hub instances. The push answers once its rows have their seqs. (PGlite, one
 *      connection, runs the step as the batch's own last statement instead.)
 *
 * One refused event never stops the others. Two requests racing on the same new case (a
 * client retrying while its first request still runs) collide on a unique key; the batch is
 * then run again from the start and sees what the winner committed, which usually makes its
 * copies duplicates.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { CaseState } from '../../shared/domain/case/case-state';
import type { EventResult } from '../../shared/sync/protocol';
import { eventTooLarge, MAX_EVENT_BYTES } from '../../shared/sync/size-limits';
import { sqlState, UNIQUE_VIOLATION, type Database, type Transaction } from '../db/database';
import { numbersOpenedBy, planBatch, type BatchPlan } from './batch-merge';
import { caseNumberHolders, lockStoredCases, writeCases } from './case-routes';
import { insertEvents, loadCaseLog, storedHashes } from './event-rows';
import { checkStaffActors } from '../staff/event-staff-check';
import { checkActor, isCrossProvince, type EventOrigin, type Rejection } from './event-checks';
import { hasValidHash } from './event-hash';
import type { FeedNews } from './feed-audience';
import { numberBatchInTransaction, numberWaitingFeed, queueForFeed } from './feed';

const DEADLOCK_DETECTED = '40P01';
/** A unique-key race resolves on the first retry; more attempts only guard against bad luck. */
const MAX_ATTEMPTS = 5;

export interface IngestOutcome {
  /** One per event given, in order. */
  results: EventResult[];
  /** What the batch appended to the feed, for the waiting pullers (empty when nothing). */
  news: FeedNews;
  /** The committed state of every case the batch changed (the hall projector's memory). */
  written: CaseState[];
}

export interface IngestOptions {
  /** The pushing workstation store's id: its own events are left out of its pulls. */
  replicaId?: string;
}

export async function ingestBatch(
  db: Database,
  events: readonly CaseEvent[],
  origin: EventOrigin,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const alone = events.map((event) => checkAlone(event, origin));
  const staff = await checkStaffActors(db, events, origin);
  const precheck = events.map((_, index) => alone[index] ?? staff[index]);
  const admitted = events.filter((_, index) => precheck[index] === undefined);
  const applied = admitted.length === 0 ? undefined : await applyWithRetries(db, admitted, origin, options);
  const plan = applied?.plan;
  // On PostgreSQL the batch's rows wait for the ticket step (rows another batch's step already
  // numbered are news to its caller, not to us). A batch of duplicates runs it too: it may be
  // a retry after a hub died between a batch and its step, whose rows wait for a step.
  const numberNow =
    db.engine === 'postgres' &&
    plan !== undefined &&
    plan.results.some((result) => result.status === 'applied' || result.status === 'duplicate');
  const news: FeedNews = numberNow ? await numberWaitingFeed(db, { notify: true }) : (applied?.news ?? new Map());
  const planned = plan?.results ?? [];
  let next = 0;
  const results = events.map((event, index): EventResult => {
    const refusal = precheck[index];
    if (refusal) return { id: event.id, status: 'rejected', code: refusal.code, message: refusal.message };
    const result = planned[next];
    next += 1;
    if (!result) throw new Error('the batch plan has no result for an admitted event');
    return result;
  });
  return { results, news, written: plan ? [...plan.cases.values()].map((write) => write.state) : [] };
}

/**
 * The checks that look at the event alone. The size cap comes first, before any work, so a
 * huge event cannot later make a feed page or a forward batch too big to read.
 */
function checkAlone(event: CaseEvent, origin: EventOrigin): Rejection | undefined {
  // Buffer.byteLength is native; the shared counter runs only to word the refusal.
  if (Buffer.byteLength(JSON.stringify(event), 'utf8') > MAX_EVENT_BYTES) return eventTooLarge(event);
  if (!hasValidHash(event)) return { code: 'BAD_HASH', message: '事件哈希校验失败：内容与哈希不符，可能已被篡改' };
  return checkActor(event, origin);
}

async function applyWithRetries(
  db: Database,
  events: readonly CaseEvent[],
  origin: EventOrigin,
  options: IngestOptions,
): Promise<{ plan: BatchPlan; news: FeedNews }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction((tx) => applyInTransaction(tx, db.engine, events, origin, options));
    } catch (error) {
      const state = sqlState(error);
      if ((state === UNIQUE_VIOLATION || state === DEADLOCK_DETECTED) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

async function applyInTransaction(
  tx: Transaction,
  engine: Database['engine'],
  events: readonly CaseEvent[],
  origin: EventOrigin,
  options: IngestOptions,
): Promise<{ plan: BatchPlan; news: FeedNews }> {
  // Lock the cases first, then look for the ids: a concurrent copy of an event that commits
  // while we wait on a lock is then visible to the duplicate check (READ COMMITTED).
  const caseIds = [...new Set(events.map((event) => event.caseId))].sort();
  const storedStates = await lockStoredCases(tx, caseIds);
  const hashes = await storedHashes(tx, [...new Set(events.map((event) => event.id))]);
  const numbers = await numbersOpenedBy(events, storedStates);
  const holders = await caseNumberHolders(tx, numbers);
  const prefetched = new Set(numbers);

  const plan = await planBatch(events, origin, {
    storedStates,
    storedHashes: hashes,
    loadCaseLog: (caseId) => loadCaseLog(tx, caseId),
    async caseWithNumber(caseNumber, caseId) {
      // Looked up with the batch above (a number nobody holds has no entry); anything else
      // (never expected: the merge makes the same opening states) is looked up on its own.
      const known = prefetched.has(caseNumber)
        ? (holders.get(caseNumber) ?? [])
        : ((await caseNumberHolders(tx, [caseNumber])).get(caseNumber) ?? []);
      return known.find((holder) => holder !== caseId);
    },
  });
  if (plan.applied.length === 0) return { plan, news: new Map() };

  await writeCases(tx, plan.cases);
  await insertEvents(tx, plan.applied, origin);
  // Only our own windows' events travel to the peer: a peer event going back would echo.
  const entries = plan.applied.map(({ event, routing }) => ({
    event,
    routing,
    forward: origin.kind === 'local' && isCrossProvince(routing),
  }));
  const replicaId = origin.kind === 'local' ? (options.replicaId ?? null) : null;
  if (engine === 'pglite') return { plan, news: await numberBatchInTransaction(tx, entries, replicaId) };
  await queueForFeed(tx, entries, replicaId);
  return { plan, news: new Map() };
}
