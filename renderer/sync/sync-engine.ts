/**
 * Drains the outbox to the province hub and pulls the hub's change feed, forever, in the
 * background. Offline is normal: a failed round backs off (shared/sync/backoff.ts) and tries
 * again by itself; a new local event kicks a round at once, and a round that stopped at its
 * batch cap goes on at once instead of idling.
 *
 * One round at a time per origin: the Web Locks API serialises rounds across tabs, so two
 * open tabs never push the same event twice at the same moment.
 */
import type { BridgeApi } from '../../shared/bridge/contract';
import { backoffDelayMs, WORKSTATION_BACKOFF } from '../../shared/sync/backoff';
import { MAX_PULL_LIMIT } from '../../shared/sync/protocol';
import { chinaDate } from '../../shared/util/china-time';
import { casesRepo } from '../data/cases.repo';
import { outboxRepo } from '../data/outbox.repo';
import { pendingEventsRepo } from '../data/pending-events.repo';
import { syncStateRepo } from '../data/sync-state.repo';

const PUSH_BATCH = 100;
const IDLE_INTERVAL_MS = 2_000;
/** Bounds one round, so a hub that acknowledges nothing cannot spin us forever. */
const MAX_BATCHES_PER_ROUND = 50;

export interface SyncStatus {
  online: boolean | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  /** Pulled or restored events waiting for earlier events of their case (see 同步队列). */
  waiting: number;
}

export const INITIAL_SYNC_STATUS: SyncStatus = { online: null, lastSuccessAt: null, lastError: null, waiting: 0 };

export interface SyncEngine {
  kick(): void;
  stop(): void;
  /** The latest round's outcome (a stable object until the next round ends). */
  status(): SyncStatus;
  subscribe(listener: () => void): () => void;
}

/** True when the round stopped at its cap with more to send. */
async function pushDue(api: BridgeApi): Promise<boolean> {
  for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch += 1) {
    const { items, events } = await outboxRepo.takeDue(Date.now(), PUSH_BATCH);
    if (items.length === 0) return false;
    const result = await api.pushEvents({ events });
    if (!result.ok) throw new Error(result.error.message);
    await outboxRepo.recordResults(result.value.results);
    if (items.length < PUSH_BATCH) return false;
  }
  return true;
}

/** True when the round stopped at its cap with more to pull. */
async function pullAll(api: BridgeApi, myHallCode: string): Promise<boolean> {
  for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch += 1) {
    const cursor = await syncStateRepo.feedCursor();
    const result = await api.pullChanges({ cursor, limit: MAX_PULL_LIMIT });
    if (!result.ok) throw new Error(result.error.message);
    const { changes, nextCursor, hasMore } = result.value;
    await casesRepo.applyPulled(changes.map((change) => change.event), nextCursor, myHallCode);
    if (!hasMore) return false;
  }
  return true;
}

/**
 * Once per China day (and at start), the hub's last 办件编号 of this window that day raises
 * the local counter: after a wiped store the hub may know numbers this workstation forgot.
 */
async function syncCaseNumberFloor(api: BridgeApi, today: string): Promise<boolean> {
  const result = await api.lastCaseNumber({ date: today });
  if (result.ok) await casesRepo.raiseSequenceFloor(result.value.prefix, result.value.lastSequence);
  return result.ok;
}

export function startSyncEngine(options: { api: BridgeApi; myHallCode: string }): SyncEngine {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let capped = false;
  let status: SyncStatus = INITIAL_SYNC_STATUS;
  let flooredOn: string | null = null;
  const listeners = new Set<() => void>();

  const round = async () => {
    try {
      const today = chinaDate(new Date());
      if (flooredOn !== today && (await syncCaseNumberFloor(options.api, today))) flooredOn = today;
      const pushCapped = await pushDue(options.api);
      const pullCapped = await pullAll(options.api, options.myHallCode);
      if ((await pendingEventsRepo.count()) > 0) await pendingEventsRepo.retryAll(options.myHallCode);
      capped = pushCapped || pullCapped;
      failures = 0;
      status = { online: true, lastSuccessAt: new Date().toISOString(), lastError: null, waiting: await pendingEventsRepo.count() };
    } catch (error) {
      failures += 1;
      capped = false;
      status = { ...status, online: false, lastError: error instanceof Error ? error.message : String(error) };
    }
    for (const listener of listeners) listener();
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };

  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    await (navigator.locks ? navigator.locks.request('chuanyu-sync', round) : round());
    running = false;
    if (again || capped) {
      again = false;
      schedule(0);
    } else {
      schedule(failures > 0 ? backoffDelayMs(failures, WORKSTATION_BACKOFF) : IDLE_INTERVAL_MS);
    }
  };

  const onOnline = () => schedule(0);
  window.addEventListener('online', onOnline);
  schedule(0);
  return {
    kick: () => schedule(0),
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    },
  };
}
