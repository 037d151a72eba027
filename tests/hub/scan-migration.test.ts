/** Migration 006 (scan storage) upgrades a hub that already holds workstations and cases. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../hub/db/database';
import { migrate } from '../../hub/db/migrate';
import { MIGRATIONS } from '../../hub/db/migrations';
import { openPgliteDatabase } from '../../hub/db/pglite-database';
import { openPostgresDatabase } from '../../hub/db/postgres-database';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './fixtures';

describeEachEngine('migration 006_scan_storage', (engine) => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine, 'empty');
    const { config } = database;
    db = config.engine === 'pglite' ? await openPgliteDatabase(config.dataDir) : await openPostgresDatabase(config.connectionString);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('adds the scan tables beside the existing data', async () => {
    await migrate(
      db,
      MIGRATIONS.filter((migration) => migration.id < '006'),
    );
    await db.query(
      `INSERT INTO workstations (id, province, hall_code, division, window_no, token_hash, identity)
       VALUES ('W1', '51', '51010401', '510104', 3, 'h', '{"window":"3"}'::jsonb)`,
    );
    expect(await migrate(db)).toContain('006_scan_storage');
    expect(await db.query('SELECT id FROM workstations')).toEqual([{ id: 'W1' }]);
    await db.query(`INSERT INTO scans (sha256, bytes, mime_type, chunk_size) VALUES ('a', 3, 'image/png', 1024)`);
    await db.query(
      `INSERT INTO scan_claims (sha256, case_id, file_name, origin, workstation_id) VALUES ('a', 'C1', 'x.png', 'local', 'W1')`,
    );
    await db.query(`INSERT INTO scan_chunks (sha256, chunk_offset, chunk_sha256, data) VALUES ('a', 0, 'h', '\\x010203'::bytea)`);
    // Dropping a scan takes its claims with it; the bytes are the storage's (no foreign key).
    await db.query(`DELETE FROM scans WHERE sha256 = 'a'`);
    expect(await db.query('SELECT 1 FROM scan_claims')).toEqual([]);
    expect(await db.query<{ n: number }>('SELECT octet_length(data) AS n FROM scan_chunks')).toEqual([{ n: 3 }]);
  });
});
