/**
 * What administrators do to enrolled workstations, and the renewal of a token by the
 * workstation itself. Every administrator's action leaves a row in workstation_actions
 * (who, when, which workstation, why) in the same transaction as the change.
 */
import { randomBytes } from 'node:crypto';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import type { HallWorkstation, WorkstationActionRecord } from '../../shared/sync/enrollment-ticket-protocol';
import { isoUtc, type Database, type Queryable } from '../db/database';
import { retireKey } from './retired-keys';
import { hashToken, windowNumber, type ProvenKey } from './workstations';

export type WorkstationAction = WorkstationActionRecord['action'];

export interface ActionRecord {
  workstationId: string;
  hallCode: string;
  action: WorkstationAction;
  /** A signed-in person ("王芳（wangfang）") or the CLI's operator name. */
  actor: string;
  reason: string;
  detail?: Record<string, unknown>;
}

export async function recordWorkstationAction(db: Queryable, record: ActionRecord): Promise<void> {
  await db.query(
    `INSERT INTO workstation_actions (workstation_id, hall_code, action, actor, reason, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      record.workstationId,
      record.hallCode,
      record.action,
      record.actor,
      record.reason,
      record.detail ? JSON.stringify(record.detail) : null,
    ],
  );
}

/** `hallCode` null = any hall (the hub's CLI); a hall administrator acts only on the hall's. */
export type HallFilter = string | null;

/**
 * Stops the workstation's token now and refuses renewal by key: it works again only after
 * enrolling with a new ticket (a PC taken away, a token thought stolen). False when there
 * is no such active workstation (in that hall).
 */
export async function revokeToken(db: Database, workstationId: string, hall: HallFilter, actor: string, reason: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ hall_code: string }>(
      `UPDATE workstations SET token_revoked_at = now()
       WHERE id = $1 AND active AND ($2::text IS NULL OR hall_code = $2) RETURNING hall_code`,
      [workstationId, hall],
    );
    if (!row) return false;
    await recordWorkstationAction(tx, { workstationId, hallCode: row.hall_code, action: 'revoke-token', actor, reason });
    return true;
  });
}

/**
 * A PC that lost its key (disk replaced, re-installed without its profile): forgets the
 * pinned key, so the next enrollment of this id with a ticket pins a new one, and revokes
 * the token the old key's holder may still have. The old key stays in the action's record
 * and is published as retired from now on (receipts it sealed before today still verify).
 */
export async function resetKey(db: Database, workstationId: string, hall: HallFilter, actor: string, reason: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<{ hall_code: string; public_key: string | null }>(
      `SELECT hall_code, public_key FROM workstations WHERE id = $1 AND active AND ($2::text IS NULL OR hall_code = $2) FOR UPDATE`,
      [workstationId, hall],
    );
    if (!before) return false;
    await tx.query('UPDATE workstations SET public_key = NULL, key_proof_at = NULL, token_revoked_at = now() WHERE id = $1', [
      workstationId,
    ]);
    if (before.public_key !== null) await retireKey(tx, workstationId, before.public_key, 'reset');
    await recordWorkstationAction(tx, {
      workstationId,
      hallCode: before.hall_code,
      action: 'reset-key',
      actor,
      reason,
      detail: { retiredPublicKey: before.public_key },
    });
    return true;
  });
}

export type RenewOutcome =
  { kind: 'renewed'; token: string; expiresAt: string } | { kind: 'unknown' | 'revoked' | 'no-key' | 'key-mismatch' | 'stale' | 'moved' };

/**
 * A fresh token for a workstation that proved it holds its pinned key (the proof was checked
 * by the caller): no ticket and no person needed, so a PC offline for days gets back on its
 * own. Refused after a revocation, and for a move to another hall or window (that takes a
 * ticket: the window's 办件编号 are at stake).
 */
export async function renewToken(
  db: Queryable,
  workstationId: string,
  identity: WorkstationIdentity,
  key: ProvenKey,
  ttlHours: number,
): Promise<RenewOutcome> {
  const token = randomBytes(32).toString('base64url');
  const [renewed] = await db.query<{ expires_at: string }>(
    `UPDATE workstations SET token_hash = $2, token_expires_at = now() + make_interval(hours => $3::int), key_proof_at = $4::timestamptz
     WHERE id = $1 AND active AND token_revoked_at IS NULL AND public_key = $5 AND (key_proof_at IS NULL OR key_proof_at < $4::timestamptz)
       AND hall_code = $6 AND window_no = $7 AND province = $8
     RETURNING ${isoUtc('token_expires_at')} AS expires_at`,
    [
      workstationId,
      hashToken(token),
      ttlHours,
      key.provenAt,
      key.publicKey,
      identity.hall.code,
      windowNumber(identity.window),
      identity.province,
    ],
  );
  if (renewed) return { kind: 'renewed', token, expiresAt: renewed.expires_at };
  const [row] = await db.query<{ active: boolean; revoked: boolean; public_key: string | null; stale: boolean; moved: boolean }>(
    `SELECT active, token_revoked_at IS NOT NULL AS revoked, public_key, COALESCE(key_proof_at >= $2::timestamptz, false) AS stale,
            NOT (hall_code = $3 AND window_no = $4 AND province = $5) AS moved
     FROM workstations WHERE id = $1`,
    [workstationId, key.provenAt, identity.hall.code, windowNumber(identity.window), identity.province],
  );
  if (!row || !row.active) return { kind: 'unknown' };
  if (row.revoked) return { kind: 'revoked' };
  if (row.public_key === null) return { kind: 'no-key' };
  if (row.public_key !== key.publicKey) return { kind: 'key-mismatch' };
  if (row.moved) return { kind: 'moved' };
  return { kind: 'stale' };
}

export async function listHallWorkstations(db: Queryable, hallCode: string): Promise<HallWorkstation[]> {
  const rows = await db.query<{
    id: string;
    window_no: number;
    active: boolean;
    has_key: boolean;
    enrolled_at: string;
    expires_at: string | null;
    revoked: boolean;
  }>(
    `SELECT id, window_no, active, public_key IS NOT NULL AS has_key, ${isoUtc('enrolled_at')} AS enrolled_at,
            CASE WHEN token_expires_at IS NOT NULL THEN ${isoUtc('token_expires_at')} END AS expires_at,
            token_revoked_at IS NOT NULL AS revoked
     FROM workstations WHERE hall_code = $1 ORDER BY window_no, enrolled_at`,
    [hallCode],
  );
  return rows.map((row) => ({
    id: row.id,
    window: row.window_no,
    active: row.active,
    hasKey: row.has_key,
    enrolledAt: row.enrolled_at,
    tokenExpiresAt: row.expires_at,
    tokenRevoked: row.revoked,
  }));
}

export async function listWorkstationActions(db: Queryable, hall: HallFilter): Promise<WorkstationActionRecord[]> {
  const rows = await db.query<{ workstation_id: string; action: WorkstationAction; actor: string; reason: string; at: string }>(
    `SELECT workstation_id, action, actor, reason, ${isoUtc('at')} AS at FROM workstation_actions
     WHERE $1::text IS NULL OR hall_code = $1 ORDER BY id DESC LIMIT 500`,
    [hall],
  );
  return rows.map((row) => ({ workstationId: row.workstation_id, action: row.action, actor: row.actor, reason: row.reason, at: row.at }));
}
