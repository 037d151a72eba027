/**
 * Delivers queued local events of cross-province cases to the peer hub. Runs by itself
 * (every `intervalMs`, and right after a push applied something) and can be driven by hand:
 * `drainOnce()` sends batches until nothing is due. Drains never overlap, so an item is
 * never in flight twice from one hub.
 *
 * Per item: applied/duplicate -> removed; rejected -> kept with the reason and never
 * retried (an operator looks at it); no answer (network, peer down, bad reply) -> retried
 * after its own exponential backoff.
 */
import type { Database } from '../db/database';
import {
  markForwardRejected,
  markForwardsFailed,
  removeForwards,
  takeDueForwards,
  type QueuedEvent,
} from '../store/forward-queue';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { postToPeer } from './peer-client';

export interface ForwarderOptions {
  db: Database;
  /** Read at every drain, so a pair of hubs can learn each other's port after binding. */
  peerUrl: () => string | undefined;
  peerSecret: string | undefined;
  /** How often the loop looks for due items; `automatic: false` leaves it to drainOnce(). */
  intervalMs?: number;
  automatic?: boolean;
  batchSize?: number;
  requestTimeoutMs?: number;
  backoff?: BackoffPolicy;
  reportError?: (error: unknown) => void;
}

export interface DrainSummary {
  applied: number;
  duplicate: number;
  rejected: number;
  failed: number;
}

export interface Forwarder {
  /** Sends due items until none are left; `ignoreBackoff` retries waiting items now. */
  drainOnce(options?: { ignoreBackoff?: boolean }): Promise<DrainSummary>;
  /** Asks the loop to drain soon (after a push applied events). */
  nudge(): void;
  close(): Promise<void>;
}

export function startForwarder(options: ForwarderOptions): Forwarder {
  const { db, peerSecret } = options;
  const intervalMs = options.intervalMs ?? 1_000;
  const batchSize = options.batchSize ?? 100;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const reportError = options.reportError ?? ((error: unknown) => console.error('forwarder:', error));
  const closing = new AbortController();
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let ticking = false;
  let wakeAgain = false;

  async function deliver(peerUrl: string, secret: string, items: QueuedEvent[], summary: DrainSummary): Promise<boolean> {
    const retryLater = (batch: QueuedEvent[]) =>
      batch.map((item) => ({ eventId: item.event.id, delayMs: backoffDelayMs(item.attempts + 1, backoff) }));
    let results;
    try {
      const signal = AbortSignal.any([closing.signal, AbortSignal.timeout(options.requestTimeoutMs ?? 10_000)]);
      ({ results } = await postToPeer(peerUrl, secret, items.map((item) => item.event), signal));
    } catch (error) {
      await markForwardsFailed(db, retryLater(items), error instanceof Error ? error.message : String(error));
      summary.failed += items.length;
      return false;
    }
    const byId = new Map(results.map((result) => [result.id, result]));
    const delivered: string[] = [];
    const unanswered: QueuedEvent[] = [];
    const refusedCases = new Set<string>();
    for (const item of items) {
      const result = byId.get(item.event.id);
      if (result?.status === 'deferred' && refusedCases.has(item.event.caseId)) {
        // It follows the refused event: held back behind it, like the rest of its case.
        continue;
      } else if (!result || result.status === 'deferred') {
        // Not answered, or not applicable yet (the peer lacks an event it follows): retry later.
        unanswered.push(item);
      } else if (result.status === 'rejected') {
        // After its case's first refusal, a later event of the case can only fail on the
        // broken chain; it stays queued (held back) so the first refusal is the one on record.
        if (refusedCases.has(item.event.caseId)) continue;
        refusedCases.add(item.event.caseId);
        await markForwardRejected(db, item.event.id, `${result.code}: ${result.message}`);
        summary.rejected += 1;
      } else {
        delivered.push(item.event.id);
        summary[result.status] += 1;
      }
    }
    await removeForwards(db, delivered);
    await markForwardsFailed(db, retryLater(unanswered), '对端交换中心未返回该事件的处理结果');
    summary.failed += unanswered.length;
    return unanswered.length === 0;
  }

  async function drain(ignoreBackoff: boolean): Promise<DrainSummary> {
    const summary: DrainSummary = { applied: 0, duplicate: 0, rejected: 0, failed: 0 };
    const peerUrl = options.peerUrl();
    if (!peerUrl || !peerSecret) return summary;
    while (!closing.signal.aborted) {
      const items = await takeDueForwards(db, batchSize, ignoreBackoff);
      if (items.length === 0) break;
      const allAnswered = await deliver(peerUrl, peerSecret, items, summary);
      // A failed item would be taken again at once under ignoreBackoff: stop instead.
      if (!allAnswered || items.length < batchSize) break;
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
        await drainOnce();
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
    close: async () => {
      closing.abort();
      clearTimeout(timer);
      await chain;
    },
  };
}
