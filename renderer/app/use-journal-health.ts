/** The disk journal's health for components, checked with the host at mount and every half minute. */
import { useEffect, useSyncExternalStore } from 'react';
import { eventJournal } from '../data/event-journal';
import { journalHealth, type JournalHealth } from '../data/journal-health';

const CHECK_EVERY_MS = 30_000;

export function useJournalHealth(): JournalHealth {
  return useSyncExternalStore(journalHealth.subscribe, journalHealth.get);
}

/** Keeps the health current even when nothing is written (a disk that fills, a host that stops). */
export function useJournalHealthChecks(): void {
  useEffect(() => {
    void eventJournal.checkHealth();
    const timer = setInterval(() => void eventJournal.checkHealth(), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
}
