/** Fresh hub databases for one bench run: a PGlite directory, or a database on a PostgreSQL server. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ulid } from 'ulid';
import type { DatabaseConfig } from '../../hub/db/open-database';
import { seedPgliteDataDir } from '../../tests/hub/pglite-template';

export type EngineName = DatabaseConfig['engine'];

export interface BenchDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export async function createBenchDatabase(engine: EngineName, adminUrl: string | undefined): Promise<BenchDatabase> {
  if (engine === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'forward-outage-bench-'));
    await seedPgliteDataDir(dataDir);
    return { config: { engine, dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  if (!adminUrl) throw new Error('PostgreSQL needs HUB_BENCH_DATABASE_URL or HUB_TEST_DATABASE_URL');
  const name = `forward_bench_${ulid().toLowerCase()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { config: { engine, connectionString: url.toString() }, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
