/**
 * Conflict notices: this hall's acts that a concurrent act overruled (written by
 * case-merge.ts in the merge's own transaction). A notice stays open until a clerk
 * acknowledges it; acknowledged notices stay on record.
 */
import { db } from './db';

export const conflictNoticesRepo = {
  /** Open notices for acts of this workstation, oldest first. */
  openFor: (workstationId: string) =>
    db.conflictNotices
      .where('[state+createdAt]')
      .between(['open', ''], ['open', '\uffff'])
      .filter((notice) => notice.overruled.actor.workstationId === workstationId)
      .toArray(),

  ofCase: (caseId: string) => db.conflictNotices.where('caseId').equals(caseId).toArray(),

  async acknowledge(eventId: string, clerk: string, now = new Date()): Promise<void> {
    await db.conflictNotices.update(eventId, { state: 'acknowledged', acknowledgedAt: now.toISOString(), acknowledgedBy: clerk });
  },
};
