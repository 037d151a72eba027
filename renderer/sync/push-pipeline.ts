/**
 * Drains the outbox to the hub with several push batches in flight: while the hub works on
 * one batch, the next is read from IndexedDB, sent, and taken in by the hub beside it, and
 * answers are recorded in the order the batches were sent. A batch never carries an event
 * of a case whose earlier events are still in flight (the hub would defer it for want of
 * its parents): those items wait for the next walk from the start of the queue, once the
 * batches ahead of them are answered.
 *
 * Each answer is recorded in IndexedDB before the next, and the journal then lets those
 * events go while the next batches travel.
 *
 * A failed push fails the round, after the batches already sent have come back (their
 * answers are not recorded: the items stay queued, and sending them again only yields
 * duplicates, which the hub acknowledges).
 */
import type { BridgeApi, BridgeResult } from '../../shared/bridge/contract';
import type { PushResponse } from '../../shared/sync/protocol';
import type { OutboxItem } from '../data/db';
import { eventJournal } from '../data/event-journal';
import { outboxRepo } from '../data/outbox.repo';

export interface PushPipelineOptions {
  /** Events per batch (the hub takes at most MAX_PUSH_BATCH). */
  batchSize: number;
  /** Batches in flight at once. */
  inFlight: number;
  /** Batches per call at most; more waiting makes the result `capped`. */
  maxBatches: number;
}

interface SentBatch {
  items: readonly OutboxItem[];
  caseIds: ReadonlySet<string>;
  reply: Promise<BridgeResult<PushResponse>>;
}

/** `capped`: stopped at `maxBatches` with more to send; `sent`: the hub was asked. */
export async function pushDueInPipeline(
  api: Pick<BridgeApi, 'pushEvents'>,
  replicaId: string,
  options: PushPipelineOptions,
): Promise<{ capped: boolean; sent: boolean }> {
  const sent: SentBatch[] = [];
  let batches = 0;
  let afterSeq = 0;
  let heldCases = new Set<string>();
  let takeAgain = false;
  /** Journal acknowledgements under way: they overlap the next batches, and the call waits for them. */
  const acknowledging: Promise<void>[] = [];

  const recordOldest = async () => {
    const oldest = sent.shift();
    if (!oldest) return;
    const result = await oldest.reply;
    if (!result.ok) throw new Error(result.error.message);
    const held = await outboxRepo.recordResultsInStore(result.value.results, oldest.items);
    acknowledging.push(eventJournal.acknowledge(held));
  };

  try {
    for (;;) {
      if (batches >= options.maxBatches) {
        while (sent.length > 0) await recordOldest();
        return { capped: true, sent: true };
      }
      const busy = new Set(heldCases);
      for (const batch of sent) for (const caseId of batch.caseIds) busy.add(caseId);
      const due = await outboxRepo.takeDue(Date.now(), options.batchSize, { afterSeq, holdCases: busy });
      for (const caseId of due.heldCases) heldCases.add(caseId);
      takeAgain ||= due.passedOver;
      if (due.items.length > 0) {
        sent.push({
          items: due.items,
          caseIds: new Set(due.items.map((item) => item.caseId)),
          reply: api.pushEvents({ events: due.events, replicaId }),
        });
        batches += 1;
        afterSeq = due.lastSeq;
        if (sent.length >= options.inFlight) await recordOldest();
        if (due.more) continue;
      }
      // The end of the queue for this walk: let the batches in flight come back, then walk
      // again from the start if items were held only because their case was in flight.
      while (sent.length > 0) await recordOldest();
      if (!takeAgain) return { capped: false, sent: batches > 0 };
      takeAgain = false;
      afterSeq = 0;
      heldCases = new Set();
    }
  } finally {
    // On failure: let every request already sent finish before the round ends.
    await Promise.allSettled([...sent.map((batch) => batch.reply), ...acknowledging]);
  }
}
