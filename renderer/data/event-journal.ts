/**
 * The renderer's side of the disk journal (electron/handlers/event-journal.ts): local events
 * go to disk through the bridge before IndexedDB, and leave the journal once the hub has
 * them. After an IndexedDB failure, the next start restores them from the journal.
 */
import type { CaseEvent } from '../../shared/domain/case-events';
import { bridge } from '../bridge/bridge';

export const eventJournal = {
  /** True when the events are on disk; false when the host could not be reached. */
  async write(events: readonly CaseEvent[]): Promise<boolean> {
    const result = await bridge().journalAppend({ events: [...events] });
    return result.ok;
  },

  async acknowledge(eventIds: readonly string[]): Promise<void> {
    if (eventIds.length > 0) await bridge().journalAcknowledge({ eventIds: [...eventIds] });
  },

  async pending(): Promise<CaseEvent[]> {
    const result = await bridge().journalPending({});
    return result.ok ? result.value.events : [];
  },
};
