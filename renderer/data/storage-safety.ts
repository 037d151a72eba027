/**
 * Start-up safety checks of the offline store: ask the browser not to evict our data under
 * storage pressure, and restore any local event that reached the disk journal but not
 * IndexedDB last time (case by case: see casesRepo.restoreFromJournal).
 */
import type { JournalProblem } from '../../shared/bridge/contract';
import { casesRepo, type RestoreReport } from './cases.repo';
import { markStart } from '../workstation/start-marks';
import { readJournal } from '../workstation/early-requests';

export interface StorageSafety {
  persisted: boolean;
  restoredEvents: number;
  /** Journaled events that did not come back yet (waiting for their case's history) or cannot. */
  notRestored: Pick<RestoreReport, 'waiting' | 'failed'>;
  /** Journal lines or files that could not be read (their events were not restored). */
  journalProblems: JournalProblem[];
}

export async function secureLocalStore(myHallCode: string): Promise<StorageSafety> {
  const persisted = (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  markStart('persistence-asked');
  const journal = await readJournal();
  markStart('journal-read');
  const report = await casesRepo.restoreFromJournal(journal.events, myHallCode);
  return {
    persisted,
    restoredEvents: report.restored,
    notRestored: { waiting: report.waiting, failed: report.failed },
    journalProblems: journal.problems,
  };
}
