/**
 * Sends the scans of cross-province cases to the peer hub, through the same resumable
 * upload the workstations use (the peer answers which chunks it still needs, so a delivery
 * cut off half-way resumes where it stopped). Its own loop and queue (scan_forward), beside
 * the event forwarder: scans are large and must never hold up the events of a case.
 *
 * Per scan: delivered -> removed; refused for good by the peer (limits, hash) -> kept with
 * the reason; anything else (peer down, timeout, a 5xx) -> retried after its own backoff.
 */
import type { Database } from '../db/database';
import type { Lease } from '../store/leases';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from '../forwarder/backoff';
import {
  dropUnforwardable,
  markScanForwardFailed,
  markScanForwardRejected,
  removeScanForward,
  takeDueScanForwards,
  type DueScanForward,
} from './scan-forward-queue';
import { createPeerScanClient, PeerScanRefusedError, type PeerScanClient } from './scan-peer-client';
import type { ScanStorage } from './scan-storage';

export interface ScanForwarderOptions {
  db: Database;
  /** Of several hub instances on one database, only the lease's holder sends scans. */
  lease: Lease;
  storage: ScanStorage;
  peerUrl: () => string | undefined;
  peerSecret: string | undefined;
  intervalMs?: number;
  /** false: only drainOnce() sends (tests drive each step). */
  automatic?: boolean;
  batchSize?: number;
  requestTimeoutMs?: number;
  backoff?: BackoffPolicy;
  reportError?: (error: unknown) => void;
}

export interface ScanDrainSummary {
  delivered: number;
  rejected: number;
  failed: number;
}

export interface ScanForwarder {
  drainOnce(options?: { ignoreBackoff?: boolean }): Promise<ScanDrainSummary>;
  nudge(): void;
  close(): Promise<void>;
}

export function startScanForwarder(options: ScanForwarderOptions): ScanForwarder {
  const { db, storage, peerSecret } = options;
  const intervalMs = options.intervalMs ?? 1_000;
  const batchSize = options.batchSize ?? 20;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const reportError = options.reportError ?? ((error: unknown) => console.error('scan forwarder:', error));
  const closing = new AbortController();
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let ticking = false;
  let wakeAgain = false;

  async function deliver(peer: PeerScanClient, item: DueScanForward): Promise<'delivered' | 'partial'> {
    const { sha256, caseId } = item;
    let state = await peer.begin(caseId, { sha256, fileName: item.fileName, mimeType: item.mimeType, bytes: item.bytes });
    if (state.status === 'partial') {
      for (const offset of state.missingOffsets) {
        const data = await storage.readChunk(sha256, offset);
        if (!data) throw new Error(`本中心缺少扫描件 ${sha256} 偏移量 ${offset} 处的分块`);
        await peer.putChunk(caseId, sha256, offset, data);
      }
      state = await peer.complete(caseId, sha256);
    }
    return state.status === 'complete' ? 'delivered' : 'partial';
  }

  async function drain(ignoreBackoff: boolean): Promise<ScanDrainSummary> {
    const summary: ScanDrainSummary = { delivered: 0, rejected: 0, failed: 0 };
    const peerUrl = options.peerUrl();
    if (!peerUrl || !peerSecret) return summary;
    if (!(await options.lease.hold())) return summary;
    const signal = () => AbortSignal.any([closing.signal, AbortSignal.timeout(options.requestTimeoutMs ?? 30_000)]);
    const peer = createPeerScanClient(peerUrl, peerSecret, signal);
    await dropUnforwardable(db);
    const items = await takeDueScanForwards(db, batchSize, ignoreBackoff);
    for (const item of items) {
      if (closing.signal.aborted) break;
      try {
        if ((await deliver(peer, item)) === 'delivered') {
          await removeScanForward(db, item);
          summary.delivered += 1;
        } else {
          await markScanForwardFailed(db, item, backoffDelayMs(item.attempts + 1, backoff), '对端交换中心仍缺少部分分块');
          summary.failed += 1;
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof PeerScanRefusedError) {
          await markScanForwardRejected(db, item, message);
          summary.rejected += 1;
        } else {
          await markScanForwardFailed(db, item, backoffDelayMs(item.attempts + 1, backoff), message);
          summary.failed += 1;
        }
      }
    }
    return summary;
  }

  function drainOnce({ ignoreBackoff = false } = {}): Promise<ScanDrainSummary> {
    const run = chain.then(() => drain(ignoreBackoff));
    chain = run.catch(() => undefined);
    return run;
  }

  function schedule(delayMs: number): void {
    if (closing.signal.aborted || options.automatic === false) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), delayMs);
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
      await options.lease.release().catch(() => undefined);
    },
  };
}
