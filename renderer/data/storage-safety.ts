/**
 * Start-up safety checks of the offline store: ask the browser not to evict our data under
 * storage pressure, and restore any local event that reached the disk journal but not
 * IndexedDB last time.
 */
import { casesRepo } from './cases.repo';
import { eventJournal } from './event-journal';

export interface StorageSafety {
  persisted: boolean;
  restoredEvents: number;
}

export async function secureLocalStore(myHallCode: string): Promise<StorageSafety> {
  const persisted = (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  const restoredEvents = await casesRepo.restoreFromJournal(await eventJournal.pending(), myHallCode);
  return { persisted, restoredEvents };
}
