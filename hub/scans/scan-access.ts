/**
 * Who may see a case's scans: workstations of the case's two halls, exactly the audience of
 * the change feed (store/feed.ts) — the receiving hall, and every hall of the handling
 * place. A claim counts only if whoever made it belongs to the case too: a workstation of
 * one of those halls, or the peer hub for a cross-province case. A hall can therefore never
 * reach another case's scan by attaching its hash to a case of its own without sending the
 * bytes (the upload's proof, scan-uploads.ts).
 */
import type { Queryable } from '../db/database';
import type { Workstation } from '../store/workstations';
import type { ScanClaimer } from './scan-records';

export interface CaseRoute {
  receivingProvince: string;
  receivingHall: string;
  handlingProvince: string;
  handlingDivision: string;
}

export async function findCaseRoute(db: Queryable, caseId: string): Promise<CaseRoute | undefined> {
  const [row] = await db.query<CaseRoute>(
    `SELECT receiving_province AS "receivingProvince", receiving_hall AS "receivingHall",
            handling_province AS "handlingProvince", handling_division AS "handlingDivision"
     FROM case_routes WHERE case_id = $1`,
    [caseId],
  );
  return row;
}

export function isCrossProvince(route: CaseRoute): boolean {
  return route.receivingProvince !== route.handlingProvince;
}

export function belongsToCase(route: CaseRoute, claimer: ScanClaimer): boolean {
  if (claimer.kind === 'peer') return isCrossProvince(route);
  const { workstation } = claimer;
  return (
    route.receivingHall === workstation.hallCode ||
    (route.handlingProvince === workstation.province && route.handlingDivision === workstation.division)
  );
}

/** $1 sha256; the caller adds the case and audience conditions. */
const VALID_CLAIM = `
  FROM scan_claims c
  JOIN case_routes r ON r.case_id = c.case_id
  JOIN scans s ON s.sha256 = c.sha256
  WHERE c.sha256 = $1 AND c.completed_at IS NOT NULL AND s.verified_at IS NOT NULL
    AND ((c.origin = 'peer' AND r.receiving_province <> r.handling_province)
      OR (c.origin = 'local' AND (c.hall_code = r.receiving_hall
                                  OR (c.province = r.handling_province AND c.division = r.handling_division))))`;

const IN_AUDIENCE = '(r.receiving_hall = $2 OR (r.handling_province = $3 AND r.handling_division = $4))';

/** The case has this scan, proven, and the workstation is one of the case's halls. */
export async function mayFetch(db: Queryable, sha256: string, caseId: string, workstation: Workstation): Promise<boolean> {
  const rows = await db.query(`SELECT 1 ${VALID_CLAIM} AND ${IN_AUDIENCE} AND c.case_id = $5 LIMIT 1`, [
    sha256,
    workstation.hallCode,
    workstation.province,
    workstation.division,
    caseId,
  ]);
  return rows.length > 0;
}

/** The workstation may already fetch this scan through some case: it need not prove it again. */
export async function mayFetchThroughAnyCase(db: Queryable, sha256: string, workstation: Workstation): Promise<boolean> {
  const rows = await db.query(`SELECT 1 ${VALID_CLAIM} AND ${IN_AUDIENCE} LIMIT 1`, [
    sha256,
    workstation.hallCode,
    workstation.province,
    workstation.division,
  ]);
  return rows.length > 0;
}
