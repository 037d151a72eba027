/**
 * Start-up safety checks of the offline store: ask the browser not to evict our data under
 * storage pressure, and restore any local event that reached the disk journal but not
 * IndexedDB last time (case by case: see casesRepo.restoreFromJournal).
 */
import { casesRepo, type RestoreReport } from './cases.repo';
import { eventJournal } from './event-journal';

export interface StorageSafety {
  persisted: boolean;
  restoredEvents: number;
  /** Journaled events that did not come back yet (waiting for their case's history) or cannot. */
  notRestored: Pick<RestoreReport, 'waiting' | 'failed'>;
}

export async function secureLocalStore(myHallCode: string): Promise<StorageSafety> {
  const persisted = (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  const report = await casesRepo.restoreFromJournal(await eventJournal.pending(), myHallCode);
  return { persisted, restoredEvents: report.restored, notRestored: { waiting: report.waiting, failed: report.failed } };
}
