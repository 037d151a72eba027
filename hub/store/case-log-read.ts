/**
 * One case's log for a workstation, with the feed's audience rule (hub/store/feed.ts): the
 * hall that received the case, and workstations of the handling place's county.
 */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { Queryable } from '../db/database';
import type { Workstation } from './workstations';

/** The case's events in feed order, or undefined when the case is unknown or not this hall's. */
export async function readCaseLogFor(db: Queryable, workstation: Workstation, caseId: string): Promise<CaseEvent[] | undefined> {
  const visible = await db.query<{ case_id: string }>(
    `SELECT case_id FROM case_routes
     WHERE case_id = $1
       AND (receiving_hall = $2 OR (handling_province = $3 AND handling_division = $4))`,
    [caseId, workstation.hallCode, workstation.province, workstation.division],
  );
  if (visible.length === 0) return undefined;
  const rows = await db.query<{ body: CaseEvent }>(
    'SELECT e.body FROM events e JOIN feed f ON f.event_id = e.id WHERE e.case_id = $1 ORDER BY f.seq',
    [caseId],
  );
  return rows.map((row) => row.body);
}
