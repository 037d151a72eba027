/**
 * Vacuum and analyze for the embedded engine. A PostgreSQL server's autovacuum reclaims the
 * row versions that case updates, forward-queue deletes and lease renewals leave behind, and
 * keeps the planner's statistics fresh; PGlite runs as a single backend without the
 * autovacuum launcher, so without this its directory only grows and its plans are made from
 * the row counts of the day the tables were created.
 *
 * A plain `VACUUM (ANALYZE)` of the hub's own tables: space is marked for reuse (not returned
 * to the file system, which would need VACUUM FULL and an exclusive lock), and pages the
 * visibility map says are all-visible (the append-only events and feed) are skipped, so a
 * quiet hub's upkeep takes milliseconds. The system catalogs are left out: vacuuming them
 * costs seconds on PGlite and they hardly change after the migrations. PGlite has one
 * connection: requests wait while it runs, which is why it runs on a long interval rather
 * than after every batch.
 */
import type { Database } from './database';

const PGLITE_UPKEEP_INTERVAL_MS = 15 * 60_000;

export interface PgliteUpkeep {
  /** One pass now (tests, and `close` waits for a pass under way). */
  runOnce(): Promise<void>;
  close(): Promise<void>;
}

export function startPgliteUpkeep(options: { db: Database; intervalMs?: number; reportError?: (error: unknown) => void }): PgliteUpkeep {
  const { db } = options;
  let running: Promise<void> | undefined;
  const vacuumHubTables = async () => {
    const tables = await db.query<{ name: string }>(`SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public'`);
    if (tables.length > 0) await db.exec(`VACUUM (ANALYZE) ${tables.map((table) => table.name).join(', ')}`);
  };
  const runOnce = () =>
    (running ??= vacuumHubTables()
      .catch((error: unknown) => (options.reportError ?? console.error)(error))
      .finally(() => (running = undefined)));
  const timer = setInterval(() => void runOnce(), options.intervalMs ?? PGLITE_UPKEEP_INTERVAL_MS);
  timer.unref();

  return {
    runOnce,
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
