/** Sync bookkeeping: the change-feed cursor (written together with the events it covers). */
import { db } from './db';

export const syncStateRepo = {
  async feedCursor(): Promise<string> {
    return (await db.syncState.get('feedCursor'))?.value ?? '0';
  },
};
