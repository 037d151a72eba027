/**
 * One row per case: its immutable routing and the state folded so far. Keeping the folded
 * state means applying an event costs one row read, not a replay of the case's whole log.
 * A batch reads and writes its cases with one statement each (rows travel as one JSON
 * parameter through `jsonb_to_recordset`, which both engines take the same way).
 */
import type { CaseState } from '../../shared/domain/case/case-state';
import type { Queryable } from '../db/database';
import type { CaseWrite } from './batch-merge';

const idList = '(SELECT jsonb_array_elements_text($1::jsonb))';

/**
 * The stored states of these cases, each row locked until commit. Rows are locked in case
 * id order, so two batches sharing cases wait for each other instead of deadlocking.
 */
export async function lockStoredCases(tx: Queryable, caseIds: readonly string[]): Promise<Map<string, CaseState>> {
  const rows = await tx.query<{ case_id: string; state: CaseState }>(
    `SELECT case_id, state FROM case_routes WHERE case_id IN ${idList} ORDER BY case_id FOR UPDATE`,
    [JSON.stringify(caseIds)],
  );
  return new Map(rows.map((row) => [row.case_id, row.state]));
}

/**
 * The case holding each of these 办件编号. Asked for new cases only, so reading the unique
 * index is enough: a number held at all is held by a row not marked as a later duplicate
 * (migration 005 marks every holder but the first), and the new case holds none yet.
 */
export async function caseNumberHolders(tx: Queryable, caseNumbers: readonly string[]): Promise<Map<string, string[]>> {
  const holders = new Map<string, string[]>();
  if (caseNumbers.length === 0) return holders;
  const rows = await tx.query<{ case_number: string; case_id: string }>(
    `SELECT case_number, case_id FROM case_routes WHERE case_number IN ${idList} AND NOT case_number_duplicate`,
    [JSON.stringify(caseNumbers)],
  );
  for (const row of rows) holders.set(row.case_number, [...(holders.get(row.case_number) ?? []), row.case_id]);
  return holders;
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

/**
 * New cases in case id order (two batches opening the same cases collide on the first one,
 * never crosswise), then the changed ones. A new case's INSERT fails with a unique violation
 * when a concurrent transaction created it (or another case with its number) first: the
 * caller retries the batch and then sees it.
 */
export async function writeCases(tx: Queryable, cases: ReadonlyMap<string, CaseWrite>): Promise<void> {
  const all = [...cases.values()].sort((a, b) => (a.state.caseId < b.state.caseId ? -1 : 1));
  const created = all
    .filter((write) => write.isNew)
    .map(({ state }) => ({
      case_id: state.caseId,
      case_number: state.caseNumber,
      receiving_province: state.routing.receiving.province,
      receiving_hall: state.routing.receiving.hallCode,
      handling_province: state.routing.handling.province,
      handling_division: state.routing.handling.division,
      last_hash: state.lastHash,
      state,
    }));
  if (created.length > 0) {
    await tx.query(
      `INSERT INTO case_routes
         (case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
       SELECT case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state
       FROM jsonb_to_recordset($1::jsonb) AS r(case_id text, case_number text, receiving_province text, receiving_hall text,
                                             handling_province text, handling_division text, last_hash text, state jsonb)`,
      [JSON.stringify(created)],
    );
  }
  const changed = all.filter((write) => !write.isNew).map(({ state }) => ({ case_id: state.caseId, last_hash: state.lastHash, state }));
  if (changed.length > 0) {
    await tx.query(
      `UPDATE case_routes c SET state = r.state, last_hash = r.last_hash, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r(case_id text, last_hash text, state jsonb)
       WHERE c.case_id = r.case_id`,
      [JSON.stringify(changed)],
    );
  }
}
