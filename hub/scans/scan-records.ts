/**
 * What the hub knows about scans (migration 006): `scans` (size, type, chunk size, verified
 * or not), `scan_claims` (a scan attached to a case, by a workstation of this hub or by the
 * peer hub) and `scan_claim_chunks` (the offsets each unfinished claim has sent).
 */
import type { ScanReference } from '../../shared/domain/matter/application';
import type { ScanMimeType } from '../../shared/domain/matter/attachment-rules';
import type { Queryable } from '../db/database';
import type { Workstation } from '../store/workstations';

export interface ScanRow {
  sha256: string;
  bytes: number;
  mimeType: ScanMimeType;
  chunkSize: number;
  verified: boolean;
}

export interface ClaimRow {
  completed: boolean;
}

/** Who attaches a scan to a case: one of this hub's workstations, or the peer hub. */
export type ScanClaimer = { kind: 'workstation'; workstation: Workstation } | { kind: 'peer' };

const SCAN_COLUMNS = 'sha256, bytes, mime_type AS "mimeType", chunk_size AS "chunkSize", verified_at IS NOT NULL AS verified';

export async function findScan(db: Queryable, sha256: string): Promise<ScanRow | undefined> {
  const [row] = await db.query<ScanRow>(`SELECT ${SCAN_COLUMNS} FROM scans WHERE sha256 = $1`, [sha256]);
  return row;
}

/** The scan's row, created with `chunkSize` if it is new. */
export async function ensureScan(db: Queryable, scan: ScanReference, chunkSize: number): Promise<ScanRow> {
  await db.query('INSERT INTO scans (sha256, bytes, mime_type, chunk_size) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING', [
    scan.sha256,
    scan.bytes,
    scan.mimeType,
    chunkSize,
  ]);
  const row = await findScan(db, scan.sha256);
  if (!row) throw new Error('scan row vanished right after insert');
  return row;
}

export async function markScanVerified(db: Queryable, sha256: string): Promise<void> {
  await db.query('UPDATE scans SET verified_at = now() WHERE sha256 = $1 AND verified_at IS NULL', [sha256]);
}

/** Forgets a scan and every claim on it (its bytes are the storage's to drop). */
export async function dropScan(db: Queryable, sha256: string): Promise<void> {
  await db.query('DELETE FROM scans WHERE sha256 = $1', [sha256]);
}

export async function findClaim(db: Queryable, sha256: string, caseId: string): Promise<ClaimRow | undefined> {
  const [row] = await db.query<ClaimRow>(
    'SELECT completed_at IS NOT NULL AS completed FROM scan_claims WHERE sha256 = $1 AND case_id = $2',
    [sha256, caseId],
  );
  return row;
}

export async function insertClaim(db: Queryable, scan: ScanReference, caseId: string, claimer: ScanClaimer): Promise<void> {
  const by = claimer.kind === 'workstation' ? claimer.workstation : undefined;
  await db.query(
    `INSERT INTO scan_claims (sha256, case_id, file_name, origin, workstation_id, hall_code, province, division)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (sha256, case_id) DO NOTHING`,
    [
      scan.sha256,
      caseId,
      scan.fileName,
      by ? 'local' : 'peer',
      by?.id ?? null,
      by?.hallCode ?? null,
      by?.province ?? null,
      by?.division ?? null,
    ],
  );
}

/**
 * Bytes of every scan attached to the case, finished or not: an unfinished upload holds
 * its place under the per-case limit.
 */
export async function caseScanBytes(db: Queryable, caseId: string): Promise<number> {
  const [row] = await db.query<{ bytes: string | null }>(
    'SELECT sum(s.bytes)::text AS bytes FROM scan_claims c JOIN scans s ON s.sha256 = c.sha256 WHERE c.case_id = $1',
    [caseId],
  );
  return Number(row?.bytes ?? 0);
}

export async function claimedOffsets(db: Queryable, sha256: string, caseId: string): Promise<Set<number>> {
  const rows = await db.query<{ chunk_offset: number }>('SELECT chunk_offset FROM scan_claim_chunks WHERE sha256 = $1 AND case_id = $2', [
    sha256,
    caseId,
  ]);
  return new Set(rows.map((row) => row.chunk_offset));
}

export async function recordClaimedChunk(db: Queryable, sha256: string, caseId: string, offset: number): Promise<void> {
  await db.query('INSERT INTO scan_claim_chunks (sha256, case_id, chunk_offset) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
    sha256,
    caseId,
    offset,
  ]);
}

export async function forgetClaimedChunks(db: Queryable, sha256: string, caseId: string, offsets: readonly number[]): Promise<void> {
  if (offsets.length === 0) return;
  await db.query('DELETE FROM scan_claim_chunks WHERE sha256 = $1 AND case_id = $2 AND chunk_offset = ANY($3::int[])', [
    sha256,
    caseId,
    `{${offsets.join(',')}}`,
  ]);
}

/**
 * The claim is proven: its progress rows go, and a claim made by one of our workstations is
 * queued for the peer hub (scan-forwarder.ts decides from the case's routing whether the
 * peer needs it).
 */
export async function completeClaim(db: Queryable, sha256: string, caseId: string, claimer: ScanClaimer): Promise<void> {
  await db.query('UPDATE scan_claims SET completed_at = now() WHERE sha256 = $1 AND case_id = $2 AND completed_at IS NULL', [
    sha256,
    caseId,
  ]);
  await db.query('DELETE FROM scan_claim_chunks WHERE sha256 = $1 AND case_id = $2', [sha256, caseId]);
  if (claimer.kind === 'workstation') {
    await db.query('INSERT INTO scan_forward (sha256, case_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [sha256, caseId]);
  }
}
