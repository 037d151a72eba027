/**
 * The upgrade path every deployed hub takes: from 001 through each migration in turn to the
 * latest, with rows written at every step. No step may lose a row of any table, and each
 * event written along the way is still there, in its case, at the end.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../hub/db/database';
import { migrate } from '../../hub/db/migrate';
import { MIGRATIONS } from '../../hub/db/migrations';
import { openPgliteDatabase } from '../../hub/db/pglite-database';
import { openPostgresDatabase } from '../../hub/db/postgres-database';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './fixtures';

describeEachEngine('hub migrations, one step at a time with data', (engine) => {
  let database: TestDatabase;
  let db: Database;

  beforeEach(async () => {
    database = await createTestDatabase(engine, 'empty');
    const { config } = database;
    db = config.engine === 'pglite' ? await openPgliteDatabase(config.dataDir) : await openPostgresDatabase(config.connectionString);
  });
  afterEach(async () => {
    await db?.close();
    await database?.drop();
  });

  async function rowCounts(): Promise<Map<string, number>> {
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const counts = new Map<string, number>();
    for (const { table_name: table } of tables) {
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      counts.set(table, row?.n ?? 0);
    }
    return counts;
  }

  async function hasColumn(table: string, column: string): Promise<boolean> {
    const found = await db.query(
      'SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2',
      [table, column],
    );
    return found.length > 0;
  }

  /** A case with one event and a workstation, written with the columns this step's schema has. */
  async function writeRows(step: number): Promise<string> {
    const id = String(step + 1).padStart(3, '0');
    const caseId = `case-${id}`;
    // Columns a later migration backfills are left out while they do not exist yet.
    const caseNumber = (await hasColumn('case_routes', 'case_number')) ? ', case_number' : '';
    await db.query(
      `INSERT INTO case_routes (case_id, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state${caseNumber})
       VALUES ($1, '51', '51010401', '50', '500103', '', jsonb_build_object('caseNumber', $1::text)${caseNumber ? ', $1' : ''})`,
      [caseId],
    );
    await db.query(`INSERT INTO events (id, case_id, type, body, hash, origin) VALUES ($1, $2, 'accepted', '{}'::jsonb, '', 'local')`, [
      `event-${caseId}`,
      caseId,
    ]);
    const windowNo = (await hasColumn('workstations', 'window_no')) ? ', window_no' : '';
    await db.query(
      `INSERT INTO workstations (id, province, hall_code, division, token_hash, identity${windowNo})
       VALUES ($1, '51', '51010401', '510104', $1, jsonb_build_object('window', $2::int)${windowNo ? ', $2' : ''})`,
      [`ws-${id}`, step + 1],
    );
    return caseId;
  }

  it('walks 001 to the latest migration without losing a row', async () => {
    const written: string[] = [];
    for (const [step, migration] of MIGRATIONS.entries()) {
      const before = await rowCounts();
      expect(await migrate(db, MIGRATIONS.slice(0, step + 1))).toEqual([migration.id]);
      const after = await rowCounts();
      for (const [table, count] of before) {
        if (table === 'schema_migrations') continue;
        expect(after.get(table) ?? 0, `${table} after ${migration.id}`).toBeGreaterThanOrEqual(count);
      }
      written.push(await writeRows(step));
    }

    expect(await migrate(db)).toEqual([]);
    const events = await db.query<{ id: string; case_id: string }>('SELECT id, case_id FROM events ORDER BY case_id');
    expect(events).toEqual(written.map((caseId) => ({ id: `event-${caseId}`, case_id: caseId })));
    // Rows written before a column existed got it by the migration's backfill.
    const cases = await db.query<{ case_id: string; case_number: string }>('SELECT case_id, case_number FROM case_routes ORDER BY case_id');
    expect(cases).toEqual(written.map((caseId) => ({ case_id: caseId, case_number: caseId })));
    const windows = await db.query<{ window_no: number; active: boolean }>('SELECT window_no, active FROM workstations ORDER BY id');
    expect(windows).toEqual(written.map((_, step) => ({ window_no: step + 1, active: true })));
    const applied = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(applied.map(({ id }) => id)).toEqual(MIGRATIONS.map(({ id }) => id));
  });
});
