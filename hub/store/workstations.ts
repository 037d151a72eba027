/**
 * Enrolled workstations. A workstation proves who it is with a bearer token minted at
 * enrollment; the hub keeps only the token's sha256, so a leaked database leaks no tokens.
 */
import { createHash, randomBytes } from 'node:crypto';
import { curveOfPublicKey } from '../../shared/cryptography/sm2';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { PublishedKey } from '../../shared/domain/seal/receipt-seal';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { isoUtc, sqlState, UNIQUE_VIOLATION, type Queryable } from '../db/database';
import { listRetiredKeys } from './retired-keys';

export interface Workstation {
  id: string;
  province: ProvinceCode;
  hallCode: string;
  division: string;
}

/**
 * How long a token lasts unrenewed: a month. A workstation with a pinned key renews it with
 * a fresh signed proof (renewToken), so one offline for days or weeks comes back without a
 * ticket; a stolen token stops working on its own within this time.
 */
export const DEFAULT_TOKEN_TTL_HOURS = 30 * 24;

/** A bearer token as handed out once, with the moment it stops working unless renewed. */
export interface IssuedToken {
  token: string;
  expiresAt: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A known workstation id came back with a different signing key. */
export class KeyMismatchError extends Error {
  constructor() {
    super('KEY_MISMATCH');
    this.name = 'KeyMismatchError';
  }
}

/** A key is on file for this id, and the request presented none (or no proof for it). */
export class KeyRequiredError extends Error {
  constructor() {
    super('KEY_REQUIRED');
    this.name = 'KeyRequiredError';
  }
}

/** The proof is not newer than the last one accepted for this workstation: a replay. */
export class StaleProofError extends Error {
  constructor() {
    super('STALE_PROOF');
    this.name = 'StaleProofError';
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

/** A signing key the caller has already checked the enrollment proof of, and the proof's moment. */
export interface ProvenKey {
  publicKey: string;
  provenAt: string;
}

/**
 * Binds a fresh token to the workstation id the workstation minted for itself (its offline
 * events already carry it). Enrolling an id again is a retry (the first answer was lost),
 * a re-install or a move to another hall (the id is made once per machine and kept): the
 * row takes the new identity and token, and the old token stops working. Events minted
 * under the old hall are then refused as ACTOR_MISMATCH; the workstation should sync
 * before it moves.
 *
 * The first key presented for an id is pinned: the key on file verifies every receipt the
 * workstation ever sealed, and whoever holds the enrollment code must not be able to take
 * the id over. Once a key is on file, only a newer proof with that same key re-enrolls the
 * id. A workstation that lost its key is deactivated by an administrator (on record) and
 * enrolls under a new id. An id with no key on file (enrolled before keys existed) may still
 * re-enroll without one, until it first presents a key.
 */
export async function enrollWorkstation(
  db: Queryable,
  workstationId: string,
  identity: WorkstationIdentity,
  key: ProvenKey | null = null,
  tokenTtlHours = DEFAULT_TOKEN_TTL_HOURS,
): Promise<IssuedToken> {
  const token = randomBytes(32).toString('base64url');
  const [onFile] = await db.query<{ public_key: string | null; active: boolean }>(
    'SELECT public_key, active FROM workstations WHERE id = $1',
    [workstationId],
  );
  if (onFile && !onFile.active) throw new WorkstationDeactivatedError();
  if (onFile?.public_key) {
    if (!key) throw new KeyRequiredError();
    if (key.publicKey !== onFile.public_key) throw new KeyMismatchError();
  }
  const window = windowNumber(identity.window);
  const [holder] = await db.query<{ id: string }>(
    'SELECT id FROM workstations WHERE hall_code = $1 AND window_no = $2 AND active AND id <> $3',
    [identity.hall.code, window, workstationId],
  );
  if (holder) throw new WindowInUseError(holder.id);
  // The WHERE clause repeats the key rules so that two enrollments racing for one id cannot
  // both pass the checks above; the partial unique index on (hall_code, window_no) settles
  // two PCs enrolling at one window.
  let rows: { expires_at: string }[];
  try {
    rows = await db.query<{ expires_at: string }>(
      `INSERT INTO workstations (id, province, hall_code, division, window_no, token_hash, identity, public_key, key_proof_at, token_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::timestamptz, now() + make_interval(hours => $10::int))
       ON CONFLICT (id) DO UPDATE
         SET province = EXCLUDED.province, hall_code = EXCLUDED.hall_code, division = EXCLUDED.division,
             window_no = EXCLUDED.window_no, token_hash = EXCLUDED.token_hash, identity = EXCLUDED.identity,
             token_expires_at = EXCLUDED.token_expires_at, token_revoked_at = NULL,
             enrolled_at = now(), public_key = COALESCE(EXCLUDED.public_key, workstations.public_key),
             key_proof_at = COALESCE(EXCLUDED.key_proof_at, workstations.key_proof_at)
         WHERE workstations.active
           AND (workstations.public_key IS NULL
                OR (EXCLUDED.public_key = workstations.public_key
                    AND (workstations.key_proof_at IS NULL OR EXCLUDED.key_proof_at > workstations.key_proof_at)))
       RETURNING ${isoUtc('token_expires_at')} AS expires_at`,
      [
        workstationId,
        identity.province,
        identity.hall.code,
        identity.hall.division,
        window,
        hashToken(token),
        JSON.stringify(identity),
        key?.publicKey ?? null,
        key?.provenAt ?? null,
        tokenTtlHours,
      ],
    );
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) throw new WindowInUseError('');
    throw error;
  }
  const [enrolled] = rows;
  if (!enrolled) {
    const [row] = await db.query<{ active: boolean }>('SELECT active FROM workstations WHERE id = $1', [workstationId]);
    throw row?.active === false ? new WorkstationDeactivatedError() : new StaleProofError();
  }
  return { token, expiresAt: enrolled.expires_at };
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
  const rows = await db.query<{
    id: string;
    hall_code: string;
    window_no: number;
    clerk: string;
    active: boolean;
    enrolled_at: string;
    deactivated_reason: string | null;
  }>(
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

/** Every workstation's current sealing key, then the retired ones (with `retiredAt`). */
export async function listPublishedKeys(db: Queryable): Promise<PublishedKey[]> {
  const rows = await db.query<{ id: string; province: ProvinceCode; hall_code: string; public_key: string }>(
    'SELECT id, province, hall_code, public_key FROM workstations WHERE public_key IS NOT NULL ORDER BY id',
  );
  const current = rows.map((row) => {
    const curve = curveOfPublicKey(row.public_key);
    const key: PublishedKey = { workstationId: row.id, province: row.province, hallCode: row.hall_code, publicKey: row.public_key };
    return curve ? { ...key, algorithm: curve } : key;
  });
  return [...current, ...(await listRetiredKeys(db))];
}

/** What a presented token is worth: a workstation, or why not (each has its own 401 code). */
export type TokenCheck = { kind: 'ok'; workstation: Workstation } | { kind: 'unknown' } | { kind: 'expired' } | { kind: 'revoked' };

export async function checkToken(db: Queryable, token: string): Promise<TokenCheck> {
  const rows = await db.query<{
    id: string;
    province: ProvinceCode;
    hall_code: string;
    division: string;
    revoked: boolean;
    expired: boolean;
  }>(
    `SELECT id, province, hall_code, division, token_revoked_at IS NOT NULL AS revoked,
            COALESCE(token_expires_at <= now(), false) AS expired
     FROM workstations WHERE token_hash = $1 AND active`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return { kind: 'unknown' };
  if (row.revoked) return { kind: 'revoked' };
  if (row.expired) return { kind: 'expired' };
  return { kind: 'ok', workstation: { id: row.id, province: row.province, hallCode: row.hall_code, division: row.division } };
}
