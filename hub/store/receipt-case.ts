/** The case a receipt names, by its 办件编号, for the public receipt check (read only). */
import type { CaseState } from '../../shared/domain/case/case-state';
import type { Queryable } from '../db/database';

export async function findCaseByNumber(db: Queryable, caseNumber: string): Promise<CaseState | undefined> {
  const rows = await db.query<{ state: CaseState }>(
    'SELECT state FROM case_routes WHERE case_number = $1 AND NOT case_number_duplicate LIMIT 1',
    [caseNumber],
  );
  return rows[0]?.state;
}
