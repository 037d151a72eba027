/**
 * How many local events wait for the hub, counted once for the whole window. The provider
 * owns the live query, so a change re-renders only the components that show the number (the
 * header and the 同步队列 menu badge), not the screen the clerk is working in.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { outboxRepo } from '../data/outbox.repo';

const PendingEventsContext = createContext(0);

export function PendingEventsProvider({ children }: { children: ReactNode }) {
  const pending = useLiveQuery(() => outboxRepo.countPending(), [], 0);
  return <PendingEventsContext.Provider value={pending}>{children}</PendingEventsContext.Provider>;
}

export function usePendingEvents(): number {
  return useContext(PendingEventsContext);
}
