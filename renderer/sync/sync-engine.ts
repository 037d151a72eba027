/**
 * Drains the outbox to the province hub and pulls the hub's change feed, forever, in the
 * background. Offline is normal: a failed round backs off (up to 10 s) and tries again by
 * itself; a new local event kicks a round at once.
 *
 * One round at a time per origin: the Web Locks API serialises rounds across tabs, so two
 * open tabs never push the same event twice at the same moment.
 */
import type { BridgeApi } from '../../shared/bridge/contract';
import { MAX_PULL_LIMIT } from '../../shared/sync/protocol';
import { casesRepo } from '../data/cases.repo';
import { backoffMs, outboxRepo } from '../data/outbox.repo';
import { syncStateRepo } from '../data/sync-state.repo';

const PUSH_BATCH = 100;
const IDLE_INTERVAL_MS = 2_000;

export interface SyncStatus {
  online: boolean | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  skipped: string[];
}

export interface SyncEngine {
  kick(): void;
  stop(): void;
}

/** Bounds one round, so a hub that acknowledges nothing cannot spin us forever. */
const MAX_BATCHES_PER_ROUND = 50;

async function pushDue(api: BridgeApi): Promise<void> {
  for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch += 1) {
    const { items, events } = await outboxRepo.takeDue(Date.now(), PUSH_BATCH);
    if (items.length === 0) return;
    const result = await api.pushEvents({ events });
    if (!result.ok) {
      await outboxRepo.deferAfterFailure(items, result.error.message, Date.now());
      throw new Error(result.error.message);
    }
    await outboxRepo.recordResults(result.value.results);
  }
}

async function pullAll(api: BridgeApi, myHallCode: string): Promise<string[]> {
  const skipped: string[] = [];
  for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch += 1) {
    const cursor = await syncStateRepo.feedCursor();
    const result = await api.pullChanges({ cursor, limit: MAX_PULL_LIMIT });
    if (!result.ok) throw new Error(result.error.message);
    const { changes, nextCursor, hasMore } = result.value;
    const outcome = await casesRepo.applyPulled(changes.map((change) => change.event), nextCursor, myHallCode);
    skipped.push(...outcome.skipped);
    if (!hasMore) break;
  }
  return skipped;
}

export function startSyncEngine(options: { api: BridgeApi; myHallCode: string; onStatus(status: SyncStatus): void }): SyncEngine {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let status: SyncStatus = { online: null, lastSuccessAt: null, lastError: null, skipped: [] };

  const round = async () => {
    try {
      await pushDue(options.api);
      const skipped = await pullAll(options.api, options.myHallCode);
      failures = 0;
      status = { online: true, lastSuccessAt: new Date().toISOString(), lastError: null, skipped };
    } catch (error) {
      failures += 1;
      status = { ...status, online: false, lastError: error instanceof Error ? error.message : String(error) };
    }
    options.onStatus(status);
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
    if (again) {
      again = false;
      schedule(0);
    } else {
      schedule(failures > 0 ? backoffMs(failures) : IDLE_INTERVAL_MS);
    }
  };

  const onOnline = () => schedule(0);
  window.addEventListener('online', onOnline);
  schedule(0);
  return {
    kick: () => schedule(0),
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    },
  };
}
