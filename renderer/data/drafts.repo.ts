/**
 * Intake drafts: saved on every change so a crash or reload loses nothing typed. A draft
 * belongs to the person who typed it: at a shift change the next person starts their own,
 * and the first finds theirs again when they sign back in.
 */
import type { IntakeValues } from '../../shared/domain/matter/application';
import { db, type DraftRecord } from './db';

/** The one draft of the workstations before people signed in; the first person to sign in adopts it. */
export const LEGACY_DRAFT_ID = 'current';

export function draftIdFor(accountId: string): string {
  return `person:${accountId}`;
}

export const draftsRepo = {
  async load(id: string): Promise<DraftRecord | undefined> {
    const own = await db.drafts.get(id);
    if (own) return own;
    return db.transaction('rw', db.drafts, db.attachments, async () => {
      const legacy = await db.drafts.get(LEGACY_DRAFT_ID);
      if (!legacy) return undefined;
      await db.drafts.delete(LEGACY_DRAFT_ID);
      await db.attachments
        .where('[draftId+materialCode]')
        .between([LEGACY_DRAFT_ID, ''], [LEGACY_DRAFT_ID, '\uffff'])
        .modify({ draftId: id });
      const adopted = { ...legacy, id };
      await db.drafts.put(adopted);
      return adopted;
    });
  },
  save: (values: Partial<IntakeValues>, id: string) => db.drafts.put({ id, values, savedAt: new Date().toISOString() }),
  discard: (id: string) => db.drafts.delete(id),
};
