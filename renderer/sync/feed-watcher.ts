/**
 * Waits for news in the hub's change feed instead of polling it: long-polls
 * `sync:waitForChanges` with the stored cursor (the host asks the hub, which answers as soon
 * as this hall's feed has a row after the cursor) and hands news to the sync engine, which
 * pulls. An idle workstation thus costs its hub one request per wait and no query.
 *
 * One tab at a time watches (Web Locks): the tabs share one IndexedDB, so one pull serves
 * them all, and each waiting request holds one of the few connections Chromium opens to the
 * host. The other tabs queue for the lock and take over when the watching tab closes.
 */
import type { BridgeApi, BridgeFailure } from '../../shared/bridge/contract';
import { backoffDelayMs, WORKSTATION_BACKOFF } from '../../shared/sync/backoff';
import { syncStateRepo } from '../data/sync-state.repo';

/** How long one wait may last at the hub (the host allows a little more for the trip). */
const WAIT_MS = 25_000;

/**
 * `watching`: this tab's waits work; `elsewhere`: another tab watches; `failing`: the hub
 * cannot be watched (unreachable, or too old to offer waits): the engine polls instead.
 */
export type WatchState = 'watching' | 'elsewhere' | 'failing';

export interface FeedWatcherOptions {
  api: BridgeApi;
  /** Pull now; resolves once that pull is done (or failed), so the next wait starts past it. */
  onNews(): Promise<void>;
  onState(state: WatchState, failure?: BridgeFailure): void;
}

export interface FeedWatcher {
  stop(): void;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export function watchFeed(options: FeedWatcherOptions): FeedWatcher {
  const stopped = new AbortController();

  const watch = async () => {
    let failures = 0;
    while (!stopped.signal.aborted) {
      const result = await options.api.waitForChanges({ cursor: await syncStateRepo.feedCursor(), waitMs: WAIT_MS });
      if (stopped.signal.aborted) return;
      if (!result.ok) {
        failures += 1;
        options.onState('failing', result.error);
        await sleep(backoffDelayMs(failures, WORKSTATION_BACKOFF), stopped.signal);
        continue;
      }
      failures = 0;
      options.onState('watching');
      if (result.value.news) await options.onNews();
    }
  };

  if (typeof navigator !== 'undefined' && navigator.locks) {
    options.onState('elsewhere');
    navigator.locks.request('chuanyu-sync-watch', { signal: stopped.signal }, watch).catch(() => undefined);
  } else {
    void watch();
  }
  return { stop: () => stopped.abort() };
}
