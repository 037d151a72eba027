/**
 * Lockout after repeated credential failures, per subject (the kind of credential and the
 * client's address: "enroll:10.1.2.3"), kept in PostgreSQL (table credential_lockouts) so
 * that every hub instance behind the load balancer counts the same failures and refuses the
 * same locked subject. The request-rate limit (@fastify/rate-limit, per instance) bounds how
 * fast anyone may try; this bounds how many wrong tries they get in all.
 *
 * Adding a credential check? Call `assertOpen` before comparing and `recordFailure` on a
 * wrong credential, with its own subject kind.
 */
import { formatChinaDateTime } from '../../shared/util/china-time';
import { isoUtc, type Queryable } from '../db/database';
import { HubHttpError } from './errors';

export interface LockoutPolicy {
  /** Wrong tries within `windowMinutes` that lock the subject. */
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 10, windowMinutes: 15, lockMinutes: 15 };

export type CredentialKind = 'enroll' | 'renew' | 'sign-in' | 'peer' | 'operator' | 'metrics';

export interface CredentialLockout {
  /** Throws 429 LOCKED_OUT while the subject is locked. */
  assertOpen(kind: CredentialKind, client: string): Promise<void>;
  /** Counts one wrong credential; locks the subject at the limit. */
  recordFailure(kind: CredentialKind, client: string): Promise<void>;
}

const subjectOf = (kind: CredentialKind, client: string) => `${kind}:${client}`;

function lockedOut(until: string): HubHttpError {
  return new HubHttpError(429, 'LOCKED_OUT', `认证失败次数过多，已暂停至 ${formatChinaDateTime(until)}，请稍后再试或联系管理员`);
}

export function createCredentialLockout(db: Queryable, policy: LockoutPolicy | false): CredentialLockout {
  if (policy === false) return { assertOpen: async () => undefined, recordFailure: async () => undefined };
  return {
    async assertOpen(kind, client) {
      const [row] = await db.query<{ until: string }>(
        `SELECT ${isoUtc('locked_until')} AS until FROM credential_lockouts WHERE subject = $1 AND locked_until > now()`,
        [subjectOf(kind, client)],
      );
      if (row) throw lockedOut(row.until);
    },
    async recordFailure(kind, client) {
      // One statement, so failures counted at once on several instances all count.
      const [row] = await db.query<{ until: string | null }>(
        `INSERT INTO credential_lockouts AS c (subject, failures, window_start, locked_until)
         VALUES ($1, 1, now(), CASE WHEN $2::int <= 1 THEN now() + make_interval(mins => $4::int) END)
         ON CONFLICT (subject) DO UPDATE SET
           failures = CASE WHEN c.window_start < now() - make_interval(mins => $3::int) THEN 1
                           WHEN c.failures + 1 >= $2 THEN 0 ELSE c.failures + 1 END,
           locked_until = CASE WHEN c.window_start >= now() - make_interval(mins => $3::int) AND c.failures + 1 >= $2
                               THEN now() + make_interval(mins => $4::int) ELSE c.locked_until END,
           window_start = CASE WHEN c.window_start < now() - make_interval(mins => $3::int) OR c.failures + 1 >= $2
                               THEN now() ELSE c.window_start END
         RETURNING CASE WHEN locked_until > now() THEN ${isoUtc('locked_until')} END AS until`,
        [subjectOf(kind, client), policy.maxFailures, policy.windowMinutes, policy.lockMinutes],
      );
      if (row?.until) throw lockedOut(row.until);
    },
  };
}
