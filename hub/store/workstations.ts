/**
 * Enrolled workstations. A workstation proves who it is with a bearer token minted at
 * enrollment; the hub keeps only the token's sha256, so a leaked database leaks no tokens.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ProvinceCode } from '../../shared/domain/provinces';
import type { PublishedKey } from '../../shared/domain/receipt-seal';
import type { WorkstationIdentity } from '../../shared/domain/workstation';
import { isoUtc, sqlState, UNIQUE_VIOLATION, type Queryable } from '../db/database';

export interface Workstation {
  id: string;
  province: ProvinceCode;
  hallCode: string;
  division: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Binds a fresh token to the workstation id the workstation minted for itself (its offline
 * events already carry it). Enrolling an id again is a retry (the first answer was lost),
 * a re-install or a move to another hall (the id is made once per machine and kept): the
 * row takes the new identity and token, and the old token stops working. Events minted
 * under the old hall are then refused as ACTOR_MISMATCH; the workstation should sync
 * before it moves.
 */
/** A known workstation id came back with a different signing key. */
export class KeyMismatchError extends Error {
  constructor() {
    super('KEY_MISMATCH');
    this.name = 'KeyMismatchError';
  }
}

/**
 * Another active workstation serves this hall's window: two PCs at one window would mint
 * the same 办件编号 (the number is hall + window + date + that window's sequence).
 */
export class WindowInUseError extends Error {
  constructor(readonly holderId: string) {
    super('WINDOW_IN_USE');
    this.name = 'WindowInUseError';
  }
}

/** "7" and "07" are the same window. */
export function windowNumber(window: string): number {
  return Number.parseInt(window, 10);
}

export async function enrollWorkstation(
  db: Queryable,
  workstationId: string,
  identity: WorkstationIdentity,
  publicKey: string | null = null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  // The key on file verifies every receipt the workstation ever sealed: whoever holds the
  // enrollment code must not be able to swap it for their own and forge receipts in its name.
  // Re-enrolling with the same key (a lost token, a move to another hall) is fine.
  const [onFile] = await db.query<{ public_key: string | null }>('SELECT public_key FROM workstations WHERE id = $1', [workstationId]);
  if (publicKey !== null && onFile?.public_key && onFile.public_key !== publicKey) throw new KeyMismatchError();
  const window = windowNumber(identity.window);
  const [holder] = await db.query<{ id: string }>('SELECT id FROM workstations WHERE hall_code = $1 AND window_no = $2 AND active AND id <> $3', [
    identity.hall.code,
    window,
    workstationId,
  ]);
  if (holder) throw new WindowInUseError(holder.id);
  // A re-enrollment without a key keeps the key on file: receipts it sealed stay verifiable.
  // The partial unique index on (hall_code, window_no) settles two PCs enrolling at once.
  try {
    await db.query(
      `INSERT INTO workstations (id, province, hall_code, division, window_no, token_hash, identity, public_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
       ON CONFLICT (id) DO UPDATE
         SET province = EXCLUDED.province, hall_code = EXCLUDED.hall_code, division = EXCLUDED.division,
             window_no = EXCLUDED.window_no, token_hash = EXCLUDED.token_hash, identity = EXCLUDED.identity,
             enrolled_at = now(), public_key = COALESCE(EXCLUDED.public_key, workstations.public_key)
         WHERE workstations.active`,
      [workstationId, identity.province, identity.hall.code, identity.hall.division, window, hashToken(token), JSON.stringify(identity), publicKey],
    );
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) throw new WindowInUseError('');
    throw error;
  }
  const [row] = await db.query<{ active: boolean }>('SELECT active FROM workstations WHERE id = $1', [workstationId]);
  if (!row?.active) throw new WorkstationDeactivatedError();
  return token;
}

/** The workstation was deactivated by an administrator: it may not enroll again. */
export class WorkstationDeactivatedError extends Error {
  constructor() {
    super('WORKSTATION_DEACTIVATED');
    this.name = 'WorkstationDeactivatedError';
  }
}

/**
 * An administrator takes a workstation out of service (a replaced PC, a window given to
 * another machine): its token stops working and its window is free. Returns false when
 * there is no such active workstation.
 */
export async function deactivateWorkstation(db: Queryable, workstationId: string, reason: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    'UPDATE workstations SET active = false, deactivated_at = now(), deactivated_reason = $2 WHERE id = $1 AND active RETURNING id',
    [workstationId, reason],
  );
  return rows.length > 0;
}

export interface WorkstationListing {
  id: string;
  hallCode: string;
  window: number;
  clerk: string;
  active: boolean;
  enrolledAt: string;
  deactivatedReason: string | null;
}

export async function listWorkstations(db: Queryable): Promise<WorkstationListing[]> {
  const rows = await db.query<{ id: string; hall_code: string; window_no: number; clerk: string; active: boolean; enrolled_at: string; deactivated_reason: string | null }>(
    `SELECT id, hall_code, window_no, identity->>'clerk' AS clerk, active, ${isoUtc('enrolled_at')} AS enrolled_at, deactivated_reason
     FROM workstations ORDER BY hall_code, window_no, enrolled_at`,
  );
  return rows.map((row) => ({
    id: row.id,
    hallCode: row.hall_code,
    window: row.window_no,
    clerk: row.clerk,
    active: row.active,
    enrolledAt: row.enrolled_at,
    deactivatedReason: row.deactivated_reason,
  }));
}

export async function listPublishedKeys(db: Queryable): Promise<PublishedKey[]> {
  const rows = await db.query<{ id: string; province: ProvinceCode; hall_code: string; public_key: string }>(
    'SELECT id, province, hall_code, public_key FROM workstations WHERE public_key IS NOT NULL ORDER BY id',
  );
  return rows.map((row) => ({ workstationId: row.id, province: row.province, hallCode: row.hall_code, publicKey: row.public_key }));
}

export async function findWorkstationByToken(db: Queryable, token: string): Promise<Workstation | undefined> {
  const rows = await db.query<{ id: string; province: ProvinceCode; hall_code: string; division: string }>(
    'SELECT id, province, hall_code, division FROM workstations WHERE token_hash = $1 AND active',
    [hashToken(token)],
  );
  const row = rows[0];
  return row && { id: row.id, province: row.province, hallCode: row.hall_code, division: row.division };
}
