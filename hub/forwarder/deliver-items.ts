/**
 * One delivery round: sends due queue items to the peer in seq order, packed into batches
 * the peer's body limit accepts, and decides what becomes of each item. Touches no database
 * itself: the caller records the returned outcome in one transaction.
 *
 * Per item, by the peer's answer:
 *   applied / duplicate   delivered: leaves the queue
 *   rejected              异常 (kind rejected), with the peer's code and message
 *   deferred, no answer   waits (own backoff); after `maxDeferredAttempts` answers like
 *                         that it goes to 异常 (deferred / undeliverable)
 * Once an item of a case did not go through, the case's later items in this round are held
 * (not sent, or their failure not counted): the peer could only refuse them for the gap.
 *
 * Per batch: a body the peer refuses as such (400/413/422) is split in halves until the
 * item it cannot take is alone, and that item goes to 异常 (undeliverable); every other
 * failure means the peer is unavailable: the round stops, nothing is recorded for the
 * unsent items, and the caller backs off for the whole peer.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { MAX_PUSH_BATCH, type PushResponse } from '../../shared/sync/protocol';
import { serializedBytes } from '../../shared/sync/size-limits';
import { emptyOutcome, type ForwardOutcome, type QueuedEvent } from '../store/forward-queue';
import { backoffDelayMs, type BackoffPolicy } from './backoff';
import { PeerDeliveryError } from './peer-client';

export interface DeliveryPolicy {
  /** Upper bound of one request body; the peer hub refuses bigger ones with 413. */
  maxBatchBytes: number;
  /** Delay curve for items the peer deferred. */
  itemBackoff: BackoffPolicy;
  /** Deferred/unanswered replies after which an item is moved to 异常. */
  maxDeferredAttempts: number;
}

export interface DeliverySummary {
  applied: number;
  duplicate: number;
  rejected: number;
  deferred: number;
  undeliverable: number;
  /** Items not answered because the peer was unavailable. */
  failed: number;
}

export function emptySummary(): DeliverySummary {
  return { applied: 0, duplicate: 0, rejected: 0, deferred: 0, undeliverable: 0, failed: 0 };
}

export interface DeliveryReport {
  outcome: ForwardOutcome;
  summary: DeliverySummary;
  /** Set when the peer was unavailable: the round stopped there. */
  peerFailure: string | undefined;
}

export type PostBatch = (events: readonly CaseEvent[]) => Promise<PushResponse>;

// `{"events":[` … `]}` around the comma-separated events.
const ENVELOPE_BYTES = 16;

/** Consecutive runs of items whose JSON fits in `maxBytes` (a lone bigger item gets its own). */
export function packByBytes(items: readonly QueuedEvent[], maxBytes: number, maxCount = MAX_PUSH_BATCH): QueuedEvent[][] {
  const batches: QueuedEvent[][] = [];
  let current: QueuedEvent[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const item of items) {
    const size = serializedBytes(item.event) + 1;
    if (current.length > 0 && (bytes + size > maxBytes || current.length >= maxCount)) {
      batches.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export async function deliverItems(items: readonly QueuedEvent[], post: PostBatch, policy: DeliveryPolicy): Promise<DeliveryReport> {
  const outcome = emptyOutcome();
  const summary = emptySummary();
  // Cases with an item that did not go through in this round.
  const troubled = new Set<string>();
  let peerFailure: string | undefined;

  async function send(batch: readonly QueuedEvent[]): Promise<void> {
    const sendable: QueuedEvent[] = [];
    for (const item of batch) {
      if (troubled.has(item.event.caseId)) outcome.held.push(item.seq);
      else sendable.push(item);
    }
    if (sendable.length === 0) return;
    let response: PushResponse;
    try {
      response = await post(sendable.map((item) => item.event));
    } catch (error) {
      if (error instanceof PeerDeliveryError && error.kind === 'content') {
        await narrowDown(sendable, error.message);
        return;
      }
      peerFailure = error instanceof Error ? error.message : String(error);
      summary.failed += sendable.length;
      return;
    }
    const byId = new Map(response.results.map((result) => [result.id, result]));
    for (const item of sendable) settle(item, byId.get(item.event.id));
  }

  async function narrowDown(batch: readonly QueuedEvent[], message: string): Promise<void> {
    const [only] = batch;
    if (batch.length === 1 && only) {
      troubled.add(only.event.caseId);
      outcome.exceptions.push({ seq: only.seq, kind: 'undeliverable', reason: message });
      summary.undeliverable += 1;
      return;
    }
    const middle = Math.ceil(batch.length / 2);
    for (const half of [batch.slice(0, middle), batch.slice(middle)]) {
      if (peerFailure !== undefined) return;
      await send(half);
    }
  }

  function settle(item: QueuedEvent, result: PushResponse['results'][number] | undefined): void {
    const { caseId } = item.event;
    if (result?.status === 'applied' || result?.status === 'duplicate') {
      outcome.delivered.push(item.seq);
      summary[result.status] += 1;
      // It was holding back its case's later items: they may go now.
      if (item.state === 'waiting') outcome.releaseCases.push(caseId);
      return;
    }
    if (troubled.has(caseId)) {
      outcome.held.push(item.seq);
      return;
    }
    troubled.add(caseId);
    if (result?.status === 'rejected') {
      outcome.exceptions.push({ seq: item.seq, kind: 'rejected', reason: `${result.code}: ${result.message}` });
      summary.rejected += 1;
      return;
    }
    const attempts = item.attempts + 1;
    const reason = result ? `${result.code}: ${result.message}` : '对端交换中心未返回该事件的处理结果';
    if (attempts >= policy.maxDeferredAttempts) {
      const kind = result ? 'deferred' : 'undeliverable';
      outcome.exceptions.push({ seq: item.seq, kind, reason: `${reason}（已尝试${attempts}次）` });
      summary[kind] += 1;
    } else {
      outcome.waiting.push({ seq: item.seq, delayMs: backoffDelayMs(attempts, policy.itemBackoff), reason });
      summary.deferred += 1;
    }
  }

  for (const batch of packByBytes(items, policy.maxBatchBytes)) {
    await send(batch);
    if (peerFailure !== undefined) break;
  }
  return { outcome, summary, peerFailure };
}
