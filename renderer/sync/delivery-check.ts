/**
 * Checks that the hub still holds what it acknowledged (shared/sync/delivery-protocol.ts).
 *
 * A hub restored from a backup has forgotten the events it took after the backup and may
 * hand out the same feed cursors again. So, at start, after every outage and a few times a
 * day, the engine asks the hub which of the events acknowledged in the last
 * DELIVERY_RETENTION_DAYS it lacks, and queues those again. The first answer also says
 * whether the hub's feed was rewound (another epoch, or a head behind our cursor): then the
 * cursor goes back to the start, so events the hub received again from others are not
 * skipped either.
 */
import type { BridgeApi } from '../../shared/bridge/contract';
import { MAX_DELIVERY_CHECK_IDS } from '../../shared/sync/delivery-protocol';
import { DELIVERED_START, deliveredRepo } from '../data/delivered.repo';
import { outboxRepo } from '../data/outbox.repo';
import { syncStateRepo } from '../data/sync-state.repo';

export interface DeliveryCheckOutcome {
  /** Events queued again because the hub lacks them. */
  requeued: number;
  /** The hub's feed was rewound: the cursor was reset to the start. */
  rewound: boolean;
}

export async function checkDelivery(api: BridgeApi, now = Date.now()): Promise<DeliveryCheckOutcome> {
  await deliveredRepo.prune(now);
  let after = DELIVERED_START;
  let rewound = false;
  // Queued again after the walk: requeuing forgets the ids, which must not shift the pages.
  const missing: string[] = [];
  for (let first = true; ; first = false) {
    const page = await deliveredRepo.page(after, MAX_DELIVERY_CHECK_IDS);
    // The first call goes even with nothing to check: it brings the epoch and the head.
    if (page.eventIds.length === 0 && !first) break;
    const result = await api.checkDelivered({ ids: page.eventIds });
    if (!result.ok) throw new Error(result.error.message);
    if (first) rewound = await followEpoch(result.value.epoch, result.value.head);
    missing.push(...result.value.missing);
    if (!page.next) break;
    after = page.next;
  }
  const requeued = missing.length > 0 ? await outboxRepo.requeueLost([...new Set(missing)]) : 0;
  return { requeued, rewound };
}

/** Remembers the hub's epoch; true (and the cursor reset) when the feed was rewound. */
async function followEpoch(epoch: string, head: string): Promise<boolean> {
  const known = await syncStateRepo.hubEpoch();
  const cursor = await syncStateRepo.feedCursor();
  const rewound = (known !== null && known !== epoch) || BigInt(head) < BigInt(cursor);
  await syncStateRepo.followHubEpoch(epoch, rewound);
  return rewound;
}
