/**
 * One row per case: its immutable routing and the state folded so far. Keeping the folded
 * state means applying an event costs one row read, not a replay of the case's whole log.
 */
import type { CaseEvent } from '../../shared/domain/case-events';
import type { CaseState } from '../../shared/domain/case-state';
import type { Queryable } from '../db/database';

/** Reads the case and locks its row until commit: events of one case apply one at a time. */
export async function loadCaseForUpdate(tx: Queryable, caseId: string): Promise<CaseState | undefined> {
  const rows = await tx.query<{ state: CaseState }>('SELECT state FROM case_routes WHERE case_id = $1 FOR UPDATE', [caseId]);
  return rows[0]?.state;
}

/** The highest sequence among the 办件编号 that start with `prefix` (0 when none). */
export async function lastCaseSequence(db: Queryable, prefix: string): Promise<number> {
  // A range on the unique index (':' sorts right after '9'), not LIKE, which needs a pattern index.
  const rows = await db.query<{ last: string | null }>(
    'SELECT max(case_number) AS last FROM case_routes WHERE case_number >= $1 AND case_number < $2 AND NOT case_number_duplicate',
    [prefix, `${prefix}:`],
  );
  const last = rows[0]?.last;
  return last ? Number(last.slice(prefix.length)) : 0;
}

/** The case (other than `caseId`) that already carries `caseNumber`, if any. */
export async function caseWithNumber(tx: Queryable, caseNumber: string, caseId: string): Promise<string | undefined> {
  const rows = await tx.query<{ case_id: string }>('SELECT case_id FROM case_routes WHERE case_number = $1 AND case_id <> $2 LIMIT 1', [
    caseNumber,
    caseId,
  ]);
  return rows[0]?.case_id;
}

/**
 * A new case's INSERT fails with a unique violation if a concurrent transaction created the
 * same case (or another case with the same number) first; the caller retries and then sees it.
 */
export async function saveCaseState(tx: Queryable, state: CaseState, isNew: boolean): Promise<void> {
  if (isNew) {
    const { receiving, handling } = state.routing;
    await tx.query(
      `INSERT INTO case_routes
         (case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
      [state.caseId, state.caseNumber, receiving.province, receiving.hallCode, handling.province, handling.division, state.lastHash, JSON.stringify(state)],
    );
    return;
  }
  await tx.query('UPDATE case_routes SET state = $2::jsonb, last_hash = $3, updated_at = now() WHERE case_id = $1', [
    state.caseId,
    JSON.stringify(state),
    state.lastHash,
  ]);
}

/** Every stored event of a case: the refold after a concurrent event needs the whole log. */
export async function loadCaseLog(tx: Queryable, caseId: string): Promise<CaseEvent[]> {
  const rows = await tx.query<{ body: CaseEvent }>('SELECT body FROM events WHERE case_id = $1', [caseId]);
  return rows.map((row) => row.body);
}
