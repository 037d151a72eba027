/**
 * The renderer's side of the disk journal (electron/handlers/event-journal.ts): local events
 * go to disk through the bridge before IndexedDB, and leave the journal once the hub has
 * them. After an IndexedDB failure, the next start restores them from the journal. Every
 * outcome also updates `journalHealth`, so the clerk is told at once when the journal stops
 * protecting new cases (a full disk, no write permission, the host not reachable).
 */
import type { JournalReading } from '../../shared/bridge/contract';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { bridge } from '../bridge/bridge';
import { journalHealth, type JournalHealth } from './journal-health';

/**
 * Asked when the journal could not take the events, with the host's reason:
 * true = go on and store them in IndexedDB only; false = store nothing.
 */
export type ConfirmWithoutJournal = (reason: string) => Promise<boolean>;

/** The clerk chose not to go on without the journal: nothing was stored. */
export class JournalDeclinedError extends Error {
  constructor(readonly reason: string) {
    super(`磁盘日志不可用（${reason}），已按您的选择取消：本次办件未保存，填写的内容仍在，排除故障后可重新提交。`);
    this.name = 'JournalDeclinedError';
  }
}

export const eventJournal = {
  /**
   * True when the events are on disk. When they are not and `confirmWithoutJournal` is
   * given, the clerk decides: going on returns false, declining throws JournalDeclinedError.
   */
  async write(events: readonly CaseEvent[], confirmWithoutJournal?: ConfirmWithoutJournal): Promise<boolean> {
    const result = await bridge().journalAppend({ events: [...events] });
    if (result.ok) {
      journalHealth.protecting();
      return true;
    }
    journalHealth.failing(result.error.message);
    if (confirmWithoutJournal && !(await confirmWithoutJournal(result.error.message))) throw new JournalDeclinedError(result.error.message);
    return false;
  },

  async acknowledge(eventIds: readonly string[]): Promise<void> {
    // A lost acknowledgement is harmless: the event is offered again and restore skips it.
    if (eventIds.length > 0) await bridge().journalAcknowledge({ eventIds: [...eventIds] });
  },

  /** The journal's events and every line it could not read; a journal out of reach is a problem too. */
  async pending(): Promise<JournalReading> {
    const result = await bridge().journalPending({});
    if (result.ok) return result.value;
    journalHealth.failing(result.error.message);
    return {
      events: [],
      problems: [{ kind: 'unreadable-journal', file: '', line: null, eventId: null, caseId: null, reason: result.error.message }],
    };
  },

  /** Asks the host whether the journal can take events now (it writes a probe to find out). */
  async checkHealth(): Promise<JournalHealth> {
    const result = await bridge().journalStatus({});
    if (!result.ok) journalHealth.failing(result.error.message);
    else if (result.value.writable) journalHealth.protecting();
    else journalHealth.failing(result.value.reason ?? '磁盘日志无法写入');
    return journalHealth.get();
  },
};
