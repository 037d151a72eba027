/**
 * `scan_forward`: claims our workstations proved, waiting to be sent to the peer hub. A row
 * is queued for every proven local claim; the case's routing (which may reach this hub
 * after the scan) decides: a cross-province case's scan goes to the peer, any other row is
 * dropped. Rows of cases not here yet simply wait.
 */
import type { ScanMimeType } from '../../shared/domain/matter/attachment-rules';
import type { Queryable } from '../db/database';

export interface DueScanForward {
  sha256: string;
  caseId: string;
  fileName: string;
  bytes: number;
  mimeType: ScanMimeType;
  attempts: number;
}

/** A local claim counts only when its hall is one of the case's halls (scan-access.ts). */
const CLAIM_BELONGS = `(c.hall_code = r.receiving_hall OR (c.province = r.handling_province AND c.division = r.handling_division))`;

/** Drops rows the peer will never need: single-province cases, and claims that do not count. */
export async function dropUnforwardable(db: Queryable): Promise<void> {
  await db.query(
    `DELETE FROM scan_forward f USING case_routes r, scan_claims c
     WHERE r.case_id = f.case_id AND c.sha256 = f.sha256 AND c.case_id = f.case_id
       AND (r.receiving_province = r.handling_province OR NOT ${CLAIM_BELONGS})`,
  );
}

export async function takeDueScanForwards(db: Queryable, limit: number, ignoreBackoff: boolean): Promise<DueScanForward[]> {
  return db.query<DueScanForward>(
    `SELECT f.sha256, f.case_id AS "caseId", c.file_name AS "fileName", s.bytes, s.mime_type AS "mimeType", f.attempts
     FROM scan_forward f
     JOIN case_routes r ON r.case_id = f.case_id
     JOIN scan_claims c ON c.sha256 = f.sha256 AND c.case_id = f.case_id
     JOIN scans s ON s.sha256 = f.sha256
     WHERE f.rejected_at IS NULL AND ($2 OR f.next_attempt_at <= now())
       AND r.receiving_province <> r.handling_province AND ${CLAIM_BELONGS}
     ORDER BY f.queued_at, f.sha256
     LIMIT $1`,
    [limit, ignoreBackoff],
  );
}

export async function removeScanForward(db: Queryable, item: DueScanForward): Promise<void> {
  await db.query('DELETE FROM scan_forward WHERE sha256 = $1 AND case_id = $2', [item.sha256, item.caseId]);
}

export async function markScanForwardFailed(db: Queryable, item: DueScanForward, delayMs: number, error: string): Promise<void> {
  await db.query(
    `UPDATE scan_forward SET attempts = attempts + 1, next_attempt_at = now() + $3 * interval '1 millisecond', last_error = $4
     WHERE sha256 = $1 AND case_id = $2`,
    [item.sha256, item.caseId, delayMs, error],
  );
}

/** The peer refused it for good (limits, a hash mismatch): kept with the reason for an operator. */
export async function markScanForwardRejected(db: Queryable, item: DueScanForward, error: string): Promise<void> {
  await db.query(
    'UPDATE scan_forward SET attempts = attempts + 1, rejected_at = now(), last_error = $3 WHERE sha256 = $1 AND case_id = $2',
    [item.sha256, item.caseId, error],
  );
}
