/**
 * Staff accounts of each hall (table staff_accounts). Usernames are unique within a hall;
 * only the scrypt hash of a password is kept. Every change an administrator makes is written
 * to staff_audit in the same transaction.
 */
import { ulid } from 'ulid';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import { staffAccountSchema, type StaffAccount, type StaffRole } from '../../shared/domain/case/staff';
import type { AccountUpdate, NewAccount } from '../../shared/sync/staff-protocol';
import { sqlState, UNIQUE_VIOLATION, type Queryable } from '../db/database';
import { hashPassword } from './password-hash';
import { writeAudit } from './audit';

interface AccountRow {
  id: string;
  hall_code: string;
  username: string;
  name: string;
  roles: StaffRole[];
  active: boolean;
}

export const ACCOUNT_COLUMNS = 'id, hall_code, username, name, roles, active';

export function accountOf(row: AccountRow): StaffAccount {
  return staffAccountSchema.parse({
    id: row.id,
    hallCode: row.hall_code,
    username: row.username,
    name: row.name,
    roles: row.roles,
    active: row.active,
  });
}

export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super('USERNAME_TAKEN');
    this.name = 'UsernameTakenError';
  }
}

export async function hallHasAccounts(db: Queryable, hallCode: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM staff_accounts WHERE hall_code = $1 LIMIT 1', [hallCode]);
  return rows.length > 0;
}

export async function listAccounts(db: Queryable, hallCode: string): Promise<StaffAccount[]> {
  const rows = await db.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM staff_accounts WHERE hall_code = $1 ORDER BY username`, [
    hallCode,
  ]);
  return rows.map(accountOf);
}

export async function findAccount(db: Queryable, hallCode: string, id: string): Promise<StaffAccount | undefined> {
  const rows = await db.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM staff_accounts WHERE hall_code = $1 AND id = $2`, [hallCode, id]);
  return rows[0] && accountOf(rows[0]);
}

export interface ActingFor {
  /** The administrator's account, or null for the hall's first account. */
  accountId: string | null;
  workstationId: string;
}

/** Hashes the password before the transaction: scrypt must not hold a row lock. */
export async function createAccount(
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  place: { province: ProvinceCode; hallCode: string },
  account: NewAccount & { roles: StaffRole[] },
  by: ActingFor,
): Promise<StaffAccount> {
  const passwordHash = await hashPassword(account.password);
  const id = ulid();
  try {
    return await db.transaction(async (tx) => {
      const rows = await tx.query<AccountRow>(
        `INSERT INTO staff_accounts (id, province, hall_code, username, name, roles, password_hash, created_by)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING ${ACCOUNT_COLUMNS}`,
        [id, place.province, place.hallCode, account.username, account.name, JSON.stringify(account.roles), passwordHash, by.accountId],
      );
      await writeAudit(tx, {
        hallCode: place.hallCode,
        action: 'account.create',
        accountId: by.accountId,
        workstationId: by.workstationId,
        targetId: id,
        detail: { username: account.username, name: account.name, roles: account.roles },
      });
      return accountOf(rows[0] as AccountRow);
    });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) throw new UsernameTakenError(account.username);
    throw error;
  }
}

/** Applies an administrator's change; a new password also clears a lockout. Undefined: no such account. */
export async function updateAccount(
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  hallCode: string,
  id: string,
  update: Omit<AccountUpdate, 'roles'> & { roles?: StaffRole[] },
  by: ActingFor,
): Promise<StaffAccount | undefined> {
  const passwordHash = update.password === undefined ? null : await hashPassword(update.password);
  return db.transaction(async (tx) => {
    const rows = await tx.query<AccountRow>(
      `UPDATE staff_accounts SET
         name = COALESCE($3, name),
         roles = COALESCE($4::jsonb, roles),
         active = COALESCE($5, active),
         password_hash = COALESCE($6, password_hash),
         failed_attempts = CASE WHEN $6::text IS NULL THEN failed_attempts ELSE 0 END,
         locked_until = CASE WHEN $6::text IS NULL THEN locked_until ELSE NULL END,
         updated_at = now()
       WHERE hall_code = $1 AND id = $2 RETURNING ${ACCOUNT_COLUMNS}`,
      [hallCode, id, update.name ?? null, update.roles ? JSON.stringify(update.roles) : null, update.active ?? null, passwordHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    // A deactivated account, or one whose password was reset, is signed out everywhere.
    if (update.active === false || passwordHash !== null) await tx.query('DELETE FROM staff_sessions WHERE account_id = $1', [id]);
    const { password: _password, ...visible } = update;
    await writeAudit(tx, {
      hallCode,
      action: 'account.update',
      accountId: by.accountId,
      workstationId: by.workstationId,
      targetId: id,
      detail: { ...visible, ...(passwordHash === null ? {} : { passwordReset: true }) },
    });
    return accountOf(row);
  });
}
