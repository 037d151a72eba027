/**
 * Signing a person in at a workstation of their hall, with a lockout after repeated
 * failures (SIGN_IN_LOCKOUT), and the sessions that follow (only their sha256 is stored; a
 * session is good only from the workstation it was opened at).
 */
import { createHash, randomBytes } from 'node:crypto';
import { SIGN_IN_LOCKOUT, type StaffAccount, type StaffRole } from '../../shared/domain/case/staff';
import { isoUtc, type Queryable } from '../db/database';
import { ACCOUNT_COLUMNS, accountOf } from './accounts';
import { hashPassword, verifyPassword } from './password-hash';

/** A working day's shift and some: a session outlives a lunch break, not a night. */
export const SESSION_HOURS = 12;

export type SignInOutcome =
  | { kind: 'signedIn'; account: StaffAccount; session: string; expiresAt: string }
  | { kind: 'badCredentials'; attemptsLeft: number | null }
  | { kind: 'locked'; until: string }
  | { kind: 'disabled' };

// Compared against when the username is unknown, so a wrong name costs as long as a wrong password.
const decoyHash = hashPassword('decoy-password-0');

const hashSession = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

interface CredentialRow {
  id: string;
  hall_code: string;
  username: string;
  name: string;
  roles: StaffRole[];
  active: boolean;
  password_hash: string;
  locked_until: string | null;
}

export async function signIn(
  db: Queryable,
  workstation: { id: string; hallCode: string },
  username: string,
  password: string,
): Promise<SignInOutcome> {
  const [row] = await db.query<CredentialRow>(
    `SELECT ${ACCOUNT_COLUMNS}, password_hash,
            CASE WHEN locked_until > now() THEN ${isoUtc('locked_until')} END AS locked_until
     FROM staff_accounts WHERE hall_code = $1 AND username = $2`,
    [workstation.hallCode, username],
  );
  if (!row) {
    await verifyPassword(password, await decoyHash);
    return { kind: 'badCredentials', attemptsLeft: null };
  }
  if (row.locked_until) return { kind: 'locked', until: row.locked_until };
  if (!(await verifyPassword(password, row.password_hash))) return recordFailure(db, row.id);
  if (!row.active) return { kind: 'disabled' };
  await db.query('UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [row.id]);
  const session = randomBytes(32).toString('base64url');
  const [created] = await db.query<{ expires_at: string }>(
    `INSERT INTO staff_sessions (token_hash, account_id, workstation_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4::int)) RETURNING ${isoUtc('expires_at')} AS expires_at`,
    [hashSession(session), row.id, workstation.id, SESSION_HOURS],
  );
  return { kind: 'signedIn', account: accountOf(row), session, expiresAt: created?.expires_at ?? '' };
}

/** One more failure, counted atomically (two wrong tries at once both count). */
async function recordFailure(db: Queryable, accountId: string): Promise<SignInOutcome> {
  const [row] = await db.query<{ failed_attempts: number; locked_until: string | null }>(
    `UPDATE staff_accounts SET
       failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
       locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN now() + make_interval(mins => $3::int) ELSE locked_until END
     WHERE id = $1
     RETURNING failed_attempts, CASE WHEN locked_until > now() THEN ${isoUtc('locked_until')} END AS locked_until`,
    [accountId, SIGN_IN_LOCKOUT.maxFailures, SIGN_IN_LOCKOUT.lockMinutes],
  );
  if (row?.locked_until) return { kind: 'locked', until: row.locked_until };
  return { kind: 'badCredentials', attemptsLeft: SIGN_IN_LOCKOUT.maxFailures - (row?.failed_attempts ?? 0) };
}

export async function signOut(db: Queryable, session: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [hashSession(session)]);
}

/** The active account behind a session opened at this workstation, if the session is still good. */
export async function accountOfSession(db: Queryable, session: string, workstationId: string): Promise<StaffAccount | undefined> {
  const rows = await db.query<CredentialRow>(
    `SELECT a.id, a.hall_code, a.username, a.name, a.roles, a.active
     FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.workstation_id = $2 AND s.expires_at > now() AND a.active`,
    [hashSession(session), workstationId],
  );
  return rows[0] && accountOf(rows[0]);
}
