/** Picks the engine from the configuration and brings the schema up to date. */
import type { Database } from './database';
import { migrate } from './migrate';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

export type DatabaseConfig =
  /** Embedded PGlite; `dataDir` undefined keeps everything in memory (tests only). */
  { engine: 'pglite'; dataDir: string | undefined } | { engine: 'postgres'; connectionString: string; maxConnections?: number };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db =
    config.engine === 'pglite'
      ? await openPgliteDatabase(config.dataDir)
      : await openPostgresDatabase(config.connectionString, config.maxConnections);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
