/**
 * Drains the outbox to the province hub and pulls the hub's change feed, in the background.
 * Offline is normal: a failed round backs off (shared/sync/backoff.ts) and tries again by
 * itself; a new local event kicks a round at once, and a round that stopped at its batch cap
 * goes on at once instead of idling.
 *
 * When to pull: the hub says so. The feed watcher (feed-watcher.ts) long-polls the hub
 * through the host and starts a pulling round as soon as there is news; a kick (a local
 * event, the clerk's 重试) pulls too. Between those, rounds only push what is due locally
 * (deferred items after their back-off) and ask the hub nothing, except a safety pull every
 * few minutes. Only while nobody can watch the hub (it is unreachable, or too old to offer
 * waits) does the engine fall back to pulling every 2 s.
 *
 * Our own events never come back: pushes and pulls name this store's replica
 * (syncStateRepo.replicaId), and the hub leaves the replica's own events out of its pulls
 * while moving the cursor past them.
 *
 * The hub's acknowledgement is not the end of the duty: at start, after every outage and a few
 * times a day, a round first checks that the hub still holds what it acknowledged (a hub
 * restored from a backup does not) and queues again what it lacks (delivery-check.ts).
 *
 * One round at a time per origin: the Web Locks API serialises rounds across tabs, so two
 * open tabs never push the same event twice at the same moment.
 */
import type { BridgeApi } from '../../shared/bridge/contract';
import { backoffDelayMs, WORKSTATION_BACKOFF } from '../../shared/sync/backoff';
import { MAX_PULL_LIMIT, MAX_PUSH_BATCH } from '../../shared/sync/protocol';
import { chinaDate } from '../../shared/util/china-time';
import { casesRepo } from '../data/cases.repo';
import { pendingEventsRepo } from '../data/pending-events.repo';
import { syncStateRepo } from '../data/sync-state.repo';
import { checkDelivery } from './delivery-check';
import { watchFeed, type FeedWatcher, type WatchState } from './feed-watcher';
import { pushDueInPipeline } from './push-pipeline';

/** Pushes: the hub's largest batch, three in flight (push-pipeline.ts). */
const PUSH = { batchSize: MAX_PUSH_BATCH, inFlight: 3 } as const;
/** Rounds while the hub is watched push what is due locally; they ask the hub nothing else. */
const IDLE_INTERVAL_MS = 2_000;
/** While the hub is watched, a pull this often anyway, in case news was missed. */
const SAFETY_PULL_MS = 10 * 60_000;
/** Besides at start and after outages, the delivery check runs this often. */
const DELIVERY_CHECK_MS = 6 * 60 * 60_000;
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

interface Round {
  /** Also pull the feed (news, a kick, a fallback or safety pull); otherwise push only. */
  pull: boolean;
  replicaId: string;
}

/** True when the round stopped at its cap with more to pull. */
async function pullAll(api: BridgeApi, myHallCode: string, replicaId: string): Promise<boolean> {
  for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch += 1) {
    const cursor = await syncStateRepo.feedCursor();
    const result = await api.pullChanges({ cursor, limit: MAX_PULL_LIMIT, replicaId });
    if (!result.ok) throw new Error(result.error.message);
    const { changes, nextCursor, hasMore } = result.value;
    // A page of our own events only is empty but still moves the cursor past them.
    if (changes.length > 0 || nextCursor !== cursor) {
      await casesRepo.applyPulled(
        changes.map((change) => change.event),
        nextCursor,
        myHallCode,
      );
    }
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

export interface SyncEngineOptions {
  api: BridgeApi;
  myHallCode: string;
  /**
   * When the first round runs: given the round, returns how to call it off. At once by
   * default; the shell passes "after the first screen" so the start's push and pull do not
   * compete with the intake form (a kick, e.g. after a 受理, still runs a round at once).
   */
  firstRound?: (run: () => void) => () => void;
}

export function startSyncEngine(options: SyncEngineOptions): SyncEngine {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let capped = false;
  let status: SyncStatus = INITIAL_SYNC_STATUS;
  let flooredOn: string | null = null;
  /** The next round checks what the hub acknowledged (at start, after an outage). */
  let checkWanted = true;
  let lastCheckAt = 0;
  let watch: WatchState = 'failing';
  let lastPullAt = 0;
  /** The next round pulls (news, a kick, a capped pull, a failure being retried). */
  let pullWanted = true;
  /** Resolved after the next round that pulls (the watcher waits on it before waiting again). */
  let afterPull: (() => void)[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  /** True when the hub's feed was rewound (a restore): pull again from the start at once. */
  const checkDeliveredIfDue = async (): Promise<boolean> => {
    if (!checkWanted && Date.now() - lastCheckAt < DELIVERY_CHECK_MS) return false;
    checkWanted = false;
    lastCheckAt = Date.now();
    try {
      const { rewound } = await checkDelivery(options.api);
      if (rewound) pullWanted = true;
      return rewound;
    } catch {
      // A hub too old to answer, or one gone again: the round's own calls tell which, and an
      // outage arms the check again.
      return false;
    }
  };

  const round = async ({ pull, replicaId }: Round) => {
    try {
      const today = chinaDate(new Date());
      if (flooredOn !== today && (await syncCaseNumberFloor(options.api, today))) flooredOn = today;
      const rewound = await checkDeliveredIfDue();
      const pushed = await pushDueInPipeline(options.api, replicaId, { ...PUSH, maxBatches: MAX_BATCHES_PER_ROUND });
      const pullCapped = pull ? await pullAll(options.api, options.myHallCode, replicaId) : false;
      if (pull) lastPullAt = Date.now();
      if ((await pendingEventsRepo.count()) > 0) await pendingEventsRepo.retryAll(options.myHallCode);
      capped = pushed.capped || pullCapped || (rewound && !pull);
      // Only raised here: news or a kick that came in during this round still wants its pull.
      if (pullCapped) pullWanted = true;
      failures = 0;
      const askedHub = pull || pushed.sent;
      status = {
        online: askedHub ? true : status.online,
        lastSuccessAt: askedHub ? new Date().toISOString() : status.lastSuccessAt,
        lastError: askedHub ? null : status.lastError,
        waiting: await pendingEventsRepo.count(),
      };
    } catch (error) {
      failures += 1;
      capped = false;
      pullWanted = true;
      checkWanted = true;
      status = { ...status, online: false, lastError: error instanceof Error ? error.message : String(error) };
    }
    notify();
  };

  let timerDue = Number.POSITIVE_INFINITY;
  /** Runs a round after `delay`, unless one is already due sooner (news must not wait for the idle timer). */
  const schedule = (delay: number) => {
    if (stopped) return;
    const due = Date.now() + delay;
    if (timer !== undefined && due >= timerDue) return;
    clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => {
      timer = undefined;
      timerDue = Number.POSITIVE_INFINITY;
      void run();
    }, delay);
  };

  let running = false;
  let again = false;
  let replicaId: Promise<string> | undefined;
  let watcher: FeedWatcher | undefined;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    // Nobody watches the hub: poll it, as before there were waits.
    const polling = watch === 'failing';
    // Someone waiting on a pull (the watcher's news) always gets one.
    const pull = pullWanted || afterPull.length > 0 || polling || Date.now() - lastPullAt >= SAFETY_PULL_MS;
    if (pull) pullWanted = false;
    const settled = pull ? afterPull.splice(0) : [];
    try {
      replicaId ??= syncStateRepo.replicaId();
      const held = { pull, replicaId: await replicaId };
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      await (locks ? locks.request('chuanyu-sync', () => round(held)) : round(held));
    } catch (error) {
      replicaId = undefined;
      failures += 1;
      status = { ...status, online: false, lastError: error instanceof Error ? error.message : String(error) };
      notify();
    }
    running = false;
    // Watching starts once the first round has pulled, so its first wait starts from there.
    if (!watcher && !stopped) watcher = startWatching();
    const retryIn = failures > 0 ? backoffDelayMs(failures, WORKSTATION_BACKOFF) : 0;
    // A failed pull lets the watcher wait again only after the back-off, not in a tight loop.
    for (const resolve of settled) setTimeout(resolve, retryIn);
    if (again || capped) {
      again = false;
      schedule(0);
    } else {
      schedule(failures > 0 ? retryIn : IDLE_INTERVAL_MS);
    }
  };

  const pullNow = () => {
    pullWanted = true;
    schedule(0);
  };

  const startWatching = (): FeedWatcher =>
    watchFeed({
      api: options.api,
      onNews: () =>
        new Promise<void>((resolve) => {
          afterPull.push(resolve);
          pullNow();
        }),
      onState(state, failure) {
        const was = watch;
        watch = state;
        // An unreachable hub is news for the clerk; a hub too old to offer waits is not.
        if (failure?.code === 'HUB_UNREACHABLE' && status.online !== false) {
          status = { ...status, online: false, lastError: failure.message };
          notify();
        }
        // Watching again after an outage: check what the hub holds and catch up, at once.
        if (state === 'watching' && was === 'failing' && lastPullAt > 0) {
          checkWanted = true;
          pullNow();
        }
      },
    });

  const onOnline = () => pullNow();
  window.addEventListener('online', onOnline);
  const firstRound =
    options.firstRound ??
    ((run: () => void) => {
      run();
      return () => undefined;
    });
  const cancelFirstRound = firstRound(() => schedule(0));
  return {
    kick: pullNow,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      cancelFirstRound();
      clearTimeout(timer);
      watcher?.stop();
      for (const resolve of afterPull.splice(0)) resolve();
      afterPull = [];
      window.removeEventListener('online', onOnline);
    },
  };
}
