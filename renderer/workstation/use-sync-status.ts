/**
 * The sync engine's latest round. Read through useSyncExternalStore, so only components that
 * show it (the header tag, the 同步队列 page) re-render after a round, not every screen.
 */
import { useSyncExternalStore } from 'react';
import type { SyncStatus } from '../sync/sync-engine';
import { useWorkstation } from './workstation-context';

export function useSyncStatus(): SyncStatus {
  const { sync } = useWorkstation();
  return useSyncExternalStore(sync.subscribe, sync.status);
}
