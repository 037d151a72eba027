/** What was changed in a hall and by whom (table staff_audit): accounts, 设置, 节假日安排. */
import { isoUtc, type Queryable } from '../db/database';

export interface AuditEntry {
  hallCode: string;
  action: string;
  accountId: string | null;
  workstationId: string | null;
  targetId?: string | null;
  detail: Record<string, unknown>;
  /** When it happened, if not now (a workstation reporting a change it made offline). */
  at?: string;
}

export async function writeAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO staff_audit (hall_code, action, account_id, workstation_id, target_id, detail, at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, COALESCE($7::timestamptz, now()))`,
    [
      entry.hallCode,
      entry.action,
      entry.accountId,
      entry.workstationId,
      entry.targetId ?? null,
      JSON.stringify(entry.detail),
      entry.at ?? null,
    ],
  );
}

export interface AuditListing {
  action: string;
  detail: Record<string, unknown>;
  at: string;
  accountId: string | null;
  personName: string | null;
  workstationId: string | null;
}

export async function listAudit(db: Queryable, hallCode: string, limit = 200): Promise<AuditListing[]> {
  const rows = await db.query<{
    action: string;
    detail: Record<string, unknown>;
    at: string;
    account_id: string | null;
    name: string | null;
    workstation_id: string | null;
  }>(
    `SELECT a.action, a.detail, ${isoUtc('a.at')} AS at, a.account_id, s.name, a.workstation_id
     FROM staff_audit a LEFT JOIN staff_accounts s ON s.id = a.account_id
     WHERE a.hall_code = $1 ORDER BY a.at DESC, a.id DESC LIMIT $2`,
    [hallCode, limit],
  );
  return rows.map((row) => ({
    action: row.action,
    detail: row.detail,
    at: row.at,
    accountId: row.account_id,
    personName: row.name,
    workstationId: row.workstation_id,
  }));
}
