/**
 * Enrolled workstations. A workstation proves who it is with a bearer token minted at
 * enrollment; the hub keeps only the token's sha256, so a leaked database leaks no tokens.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ProvinceCode } from '../../shared/domain/provinces';
import type { PublishedKey } from '../../shared/domain/receipt-seal';
import type { WorkstationIdentity } from '../../shared/domain/workstation';
import type { Queryable } from '../db/database';

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
  // A re-enrollment without a key keeps the key on file: receipts it sealed stay verifiable.
  await db.query(
    `INSERT INTO workstations (id, province, hall_code, division, token_hash, identity, public_key)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
     ON CONFLICT (id) DO UPDATE
       SET province = EXCLUDED.province, hall_code = EXCLUDED.hall_code, division = EXCLUDED.division,
           token_hash = EXCLUDED.token_hash, identity = EXCLUDED.identity, enrolled_at = now(),
           public_key = COALESCE(EXCLUDED.public_key, workstations.public_key)`,
    [workstationId, identity.province, identity.hall.code, identity.hall.division, hashToken(token), JSON.stringify(identity), publicKey],
  );
  return token;
}

export async function listPublishedKeys(db: Queryable): Promise<PublishedKey[]> {
  const rows = await db.query<{ id: string; province: ProvinceCode; hall_code: string; public_key: string }>(
    'SELECT id, province, hall_code, public_key FROM workstations WHERE public_key IS NOT NULL ORDER BY id',
  );
  return rows.map((row) => ({ workstationId: row.id, province: row.province, hallCode: row.hall_code, publicKey: row.public_key }));
}

export async function findWorkstationByToken(db: Queryable, token: string): Promise<Workstation | undefined> {
  const rows = await db.query<{ id: string; province: ProvinceCode; hall_code: string; division: string }>(
    'SELECT id, province, hall_code, division FROM workstations WHERE token_hash = $1',
    [hashToken(token)],
  );
  const row = rows[0];
  return row && { id: row.id, province: row.province, hallCode: row.hall_code, division: row.division };
}
