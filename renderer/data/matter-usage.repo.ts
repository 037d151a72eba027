/**
 * Matter usage: one row per matter this window has chosen ({code, count, lastUsedAt}), so
 * the picker can put the window's usual matters first. Local to the workstation, never
 * synced: it describes this window's habits, not cases.
 */
import type { MatterUsage } from '../../shared/catalog-search/usage';
import { db } from './db';

export const matterUsageRepo = {
  all: (): Promise<MatterUsage[]> => db.matterUsage.toArray(),

  /** Counts one choice; read-modify-write in one transaction so two quick picks both count. */
  record: (code: string, now = Date.now()) =>
    db.transaction('rw', db.matterUsage, async () => {
      const previous = await db.matterUsage.get(code);
      await db.matterUsage.put({ code, count: (previous?.count ?? 0) + 1, lastUsedAt: now });
    }),
};
