/**
 * Sync bookkeeping: the change-feed cursor (written together with the events it covers) and
 * this store's replica id.
 */
import { ulid } from 'ulid';
import { db } from './db';

export const syncStateRepo = {
  async feedCursor(): Promise<string> {
    return (await db.syncState.get('feedCursor'))?.value ?? '0';
  },

  async hubEpoch(): Promise<string | null> {
    return (await db.syncState.get('hubEpoch'))?.value ?? null;
  },

  /** Records the hub's feed epoch; `rewound`: its feed was rewound, so read it from the start. */
  async followHubEpoch(epoch: string, rewound: boolean): Promise<void> {
    await db.transaction('rw', db.syncState, async () => {
      await db.syncState.put({ key: 'hubEpoch', value: epoch });
      if (rewound) await db.syncState.put({ key: 'feedCursor', value: '0' });
    });
  },

  /**
   * Names this copy of the store, minted once and kept beside the cursor. The hub leaves the
   * events this store pushed out of its pulls (it holds them already); a wiped store mints a
   * new id and so gets every event back, its own included.
   */
  replicaId(): Promise<string> {
    return db.transaction('rw', db.syncState, async () => {
      const held = await db.syncState.get('replicaId');
      if (held) return held.value;
      const minted = ulid();
      await db.syncState.put({ key: 'replicaId', value: minted });
      return minted;
    });
  },
};
