/**
 * A PostgreSQL database on which every hub migration ran, to copy with `CREATE DATABASE …
 * TEMPLATE` (a file copy, well under a second) instead of migrating each suite's database.
 * Built once per server and set of migrations (the name carries their digest); an advisory
 * lock makes one worker build it while the others wait, and it is built under a scratch name
 * and renamed when complete, so a killed run never leaves a half-migrated template behind.
 */
import type pg from 'pg';
import { openDatabase } from '../../hub/db/open-database';
import { migrationsDigest } from './migrations-digest';

const TEMPLATE_NAME = `hub_test_template_${migrationsDigest()}`;
const BUILDING_NAME = `${TEMPLATE_NAME}_building`;
const TEMPLATE_LOCK_KEY = 5150_0002;

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates `name` as a copy of the migrated template, building the template first if needed. */
export async function createMigratedDatabase(admin: pg.Client, adminUrl: string, name: string): Promise<void> {
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
  try {
    const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_NAME]);
    if (existing.rowCount === 0) {
      await admin.query(`DROP DATABASE IF EXISTS ${BUILDING_NAME} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${BUILDING_NAME}`);
      await (await openDatabase({ engine: 'postgres', connectionString: databaseUrl(adminUrl, BUILDING_NAME) })).close();
      await admin.query(`ALTER DATABASE ${BUILDING_NAME} RENAME TO ${TEMPLATE_NAME}`);
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_NAME}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
  }
}
