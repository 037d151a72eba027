/** Intake drafts: saved on every change so a crash or reload loses nothing typed. */
import type { IntakeValues } from '../../shared/domain/application';
import { db } from './db';

export const CURRENT_DRAFT_ID = 'current';

export const draftsRepo = {
  load: (id = CURRENT_DRAFT_ID) => db.drafts.get(id),
  save: (values: Partial<IntakeValues>, id = CURRENT_DRAFT_ID) => db.drafts.put({ id, values, savedAt: new Date().toISOString() }),
  discard: (id = CURRENT_DRAFT_ID) => db.drafts.delete(id),
};
