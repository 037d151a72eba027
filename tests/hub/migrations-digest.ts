/**
 * A short digest of every hub migration's id and SQL: it names the migrated test templates, so
 * a template built from other migrations (an older checkout, an edited one) is never reused.
 */
import { createHash } from 'node:crypto';
import { MIGRATIONS } from '../../hub/db/migrations';

export function migrationsDigest(): string {
  const hash = createHash('sha256');
  for (const migration of MIGRATIONS) hash.update(`${migration.id}\n${migration.sql}\n`);
  return hash.digest('hex').slice(0, 12);
}
