/**
 * Delivers queued local events of cross-province cases to the peer hub. Runs by itself
 * (every `intervalMs`, and right after a push applied something) and can be driven by hand:
 * `drainOnce()` sends batches until nothing is due. Drains never overlap, so an item is
 * never in flight twice from one hub.
 *
 * Cost per tick is O(items sent): due rows come from partial indexes (store/forward-queue.ts).
 * While the peer is unavailable the forwarder backs off for the whole peer (backoff.ts): a
 * tick inside the back-off window does nothing at all, and the probe after it sends one
 * batch and updates no row, however many items wait. What becomes of each item the peer
 * answers is deliver-items.ts. Of several hub instances on one database, the holder of the
 * forwarding lease (store/leases.ts) is the one that forwards. After a restore from a backup
 * (hub/bin/mark-restored.ts), the first drain that reaches the peer asks it to forward again
 * what it sent since the restore point, once.
 */
import type { Database } from '../db/database';
import { MAX_PUSH_BATCH } from '../../shared/sync/protocol';
import { MAX_BATCH_BYTES } from '../../shared/sync/size-limits';
import { pendingPeerResend, peerResendDone } from '../store/feed-epoch';
import { recordForwardOutcome, takeDueForwards } from '../store/forward-queue';
import type { Lease } from '../store/leases';
import { createPeerHealth, DEFAULT_BACKOFF, type BackoffPolicy, type PeerHealthSnapshot } from './backoff';
import { deliverItems, emptySummary, type DeliverySummary } from './deliver-items';
import { askPeerToResend, PeerDeliveryError, postToPeer } from './peer-client';

export interface ForwarderOptions {
  db: Database;
  /** Of several hub instances on one database, only the lease's holder forwards. */
  lease: Lease;
  /** Read at every drain, so a pair of hubs can learn each other's port after binding. */
  peerUrl: () => string | undefined;
  peerSecret: string | undefined;
  /** How often the loop looks for due items; `automatic: false` leaves it to drainOnce(). */
  intervalMs?: number;
  automatic?: boolean;
  /** Rows taken per round (then packed into request bodies of at most maxBatchBytes); the peer's largest batch by default. */
  batchSize?: number;
  maxBatchBytes?: number;
  requestTimeoutMs?: number;
  /** Back-off while the peer is unavailable; deferred items use the same curve. */
  backoff?: BackoffPolicy;
  /** Deferred/unanswered replies after which an item goes to the 异常 list. */
  maxDeferredAttempts?: number;
  reportError?: (error: unknown) => void;
  /** Called after every timer- or nudge-driven drain (benchmarks, diagnostics). */
  onTick?: (tick: ForwarderTick) => void;
}

export type DrainSummary = DeliverySummary;

export interface ForwarderTick {
  durationMs: number;
  summary: DrainSummary;
}

export interface PeerStatus extends PeerHealthSnapshot {
  configured: boolean;
}

export interface Forwarder {
  /** Sends due items until none are left; `ignoreBackoff` tries now (peer and waiting items). */
  drainOnce(options?: { ignoreBackoff?: boolean }): Promise<DrainSummary>;
  /** Asks the loop to drain soon (after a push applied events, or an operator's retry). */
  nudge(): void;
  peerStatus(): PeerStatus;
  close(): Promise<void>;
}

export const DEFAULT_MAX_DEFERRED_ATTEMPTS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function startForwarder(options: ForwarderOptions): Forwarder {
  const { db, peerSecret } = options;
  const intervalMs = options.intervalMs ?? 1_000;
  // The peer's largest batch: under a backlog each request and each take costs the most events.
  const batchSize = options.batchSize ?? MAX_PUSH_BATCH;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const policy = {
    maxBatchBytes: options.maxBatchBytes ?? MAX_BATCH_BYTES,
    itemBackoff: backoff,
    maxDeferredAttempts: options.maxDeferredAttempts ?? DEFAULT_MAX_DEFERRED_ATTEMPTS,
  };
  const reportError = options.reportError ?? ((error: unknown) => console.error('forwarder:', error));
  const peer = createPeerHealth(backoff);
  const closing = new AbortController();
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let ticking = false;
  let wakeAgain = false;
  /** A restore's resend request is only ever recorded while the hubs are stopped: read it once. */
  let resendSettled = false;

  async function drain(ignoreBackoff: boolean): Promise<DrainSummary> {
    const summary = emptySummary();
    const peerUrl = options.peerUrl();
    if (!peerUrl || !peerSecret) return summary;
    const post = (events: Parameters<typeof postToPeer>[2]) =>
      postToPeer(peerUrl, peerSecret, events, AbortSignal.any([closing.signal, AbortSignal.timeout(options.requestTimeoutMs ?? 10_000)]));

    while (!closing.signal.aborted) {
      if (!ignoreBackoff && !peer.mayTry(Date.now())) break;
      if (!(await options.lease.hold())) break;
      if (!resendSettled) {
        try {
          const since = await pendingPeerResend(db);
          if (since !== null) {
            await askPeerToResend(
              peerUrl,
              peerSecret,
              since,
              AbortSignal.any([closing.signal, AbortSignal.timeout(options.requestTimeoutMs ?? 10_000)]),
            );
            await peerResendDone(db, since);
          }
          resendSettled = true;
        } catch (error) {
          if (!(error instanceof PeerDeliveryError)) throw error;
          peer.recordFailure(Date.now(), error.message);
          break;
        }
      }
      const due = await takeDueForwards(db, batchSize, ignoreBackoff);
      if (due.items.length === 0) {
        // Everything taken was parked behind an earlier item: look further.
        if (due.held > 0) continue;
        break;
      }
      const report = await deliverItems(due.items, post, policy);
      await recordForwardOutcome(db, report.outcome);
      for (const key of Object.keys(summary) as (keyof DrainSummary)[]) summary[key] += report.summary[key];
      if (report.peerFailure !== undefined) {
        peer.recordFailure(Date.now(), report.peerFailure);
        break;
      }
      peer.recordSuccess(Date.now());
      // Under "retry now" a waiting item would be taken again at once: stop instead.
      if (ignoreBackoff && report.outcome.waiting.length > 0) break;
      // A full batch may have more behind it; a delivered blocker has released rows.
      if (due.items.length + due.held < batchSize && report.outcome.releaseCases.length === 0) break;
      // PGlite shares this thread with the HTTP server: let requests in between batches.
      await yieldToEventLoop();
    }
    return summary;
  }

  function drainOnce({ ignoreBackoff = false } = {}): Promise<DrainSummary> {
    const run = chain.then(() => drain(ignoreBackoff));
    chain = run.catch(() => undefined);
    return run;
  }

  function schedule(delayMs: number): void {
    if (closing.signal.aborted || options.automatic === false) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), delayMs);
    // The HTTP server keeps a hub alive; a forgotten forwarder must not keep tests alive.
    timer.unref();
  }

  async function tick(): Promise<void> {
    ticking = true;
    try {
      do {
        wakeAgain = false;
        const started = performance.now();
        const summary = await drainOnce();
        options.onTick?.({ durationMs: performance.now() - started, summary });
      } while (wakeAgain && !closing.signal.aborted);
    } catch (error) {
      if (!closing.signal.aborted) reportError(error);
    } finally {
      ticking = false;
      schedule(intervalMs);
    }
  }

  schedule(intervalMs);
  return {
    drainOnce,
    nudge: () => {
      if (ticking) wakeAgain = true;
      else schedule(0);
    },
    peerStatus: () => ({ configured: Boolean(options.peerUrl() && peerSecret), ...peer.snapshot() }),
    close: async () => {
      closing.abort();
      clearTimeout(timer);
      await chain;
      await options.lease.release().catch(() => undefined);
    },
  };
}
