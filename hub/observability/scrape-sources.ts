/** What the scrape-time gauges read from the running hub (see hub-metrics.ts). */
import type { Database } from '../db/database';
import type { PeerStatus } from '../forwarder/forwarder';
import { forwardQueueCounts } from '../store/forward-queue';
import type { ScrapeSources } from './hub-metrics';

export function scrapeSources(db: Database, peerStatus: () => PeerStatus): ScrapeSources {
  return {
    async forwardQueue() {
      const counts = await forwardQueueCounts(db);
      const since = counts.oldestPendingSince ? Date.parse(counts.oldestPendingSince) : undefined;
      return { ...counts, oldestPendingAgeSeconds: since === undefined ? 0 : Math.max(0, (Date.now() - since) / 1_000) };
    },
    async enrolledWorkstations() {
      const [row] = await db.query<{ count: string }>('SELECT count(*)::text AS count FROM workstations WHERE active');
      return Number(row?.count ?? 0);
    },
    pool: () => db.poolUse?.(),
    peerReachable() {
      const peer = peerStatus();
      if (!peer.configured || peer.state === 'notTriedYet') return undefined;
      return peer.state === 'ok';
    },
  };
}
