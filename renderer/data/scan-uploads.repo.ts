/**
 * The scan upload queue (`scanUploads`): every scan a case took at this window, until the
 * hub confirms it holds the whole file. Items are queued in the case's own transaction
 * (attachmentsRepo.claimDraftAttachments), carry their own attempts and back-off (the
 * outbox's), and a scan the hub refuses for good is parked with the hub's reason.
 */
import { db, type ScanUploadRecord } from './db';
import { backoffDelayMs, WORKSTATION_BACKOFF } from '../../shared/sync/backoff';

const pending = () => db.scanUploads.where('[state+queuedAt]').between(['pending', -Infinity], ['pending', Infinity]);

export const scanUploadsRepo = {
  /** Queues one scan of a case unless it is queued already; call inside a transaction with scanUploads. */
  async enqueue(caseId: string, sha256: string, journaled: 0 | 1 = 0): Promise<void> {
    if (await db.scanUploads.get([caseId, sha256])) return;
    await db.scanUploads.add({
      caseId,
      sha256,
      state: 'pending',
      journaled,
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      queuedAt: Date.now(),
    });
  },

  /** Pending items whose back-off has passed, oldest first. */
  async takeDue(now: number, limit: number): Promise<ScanUploadRecord[]> {
    return pending()
      .filter((item) => item.nextAttemptAt <= now)
      .limit(limit)
      .toArray();
  },

  /** When the earliest waiting item is due (undefined: nothing is pending). */
  async nextDueAt(): Promise<number | undefined> {
    let earliest: number | undefined;
    await pending().each((item) => {
      earliest = Math.min(earliest ?? Infinity, item.nextAttemptAt);
    });
    return earliest;
  },

  markJournaled: (item: ScanUploadRecord) => db.scanUploads.update([item.caseId, item.sha256], { journaled: 1 }),

  /** The hub holds it: the item goes. */
  done: (item: ScanUploadRecord) => db.scanUploads.delete([item.caseId, item.sha256]),

  async deferAfterFailure(item: ScanUploadRecord, error: string, now: number): Promise<void> {
    const attempts = item.attempts + 1;
    await db.scanUploads.update([item.caseId, item.sha256], {
      attempts,
      nextAttemptAt: now + backoffDelayMs(attempts, WORKSTATION_BACKOFF),
      lastError: error,
    });
  },

  /** Sending the same bytes again cannot succeed: kept, with the reason, for the supervisor. */
  reject: (item: ScanUploadRecord, error: string) =>
    db.scanUploads.update([item.caseId, item.sha256], { state: 'rejected', attempts: item.attempts + 1, lastError: error }),

  countPending: () => pending().count(),
  get: (caseId: string, sha256: string) => db.scanUploads.get([caseId, sha256]),
  listAll: () => db.scanUploads.toArray(),
};
