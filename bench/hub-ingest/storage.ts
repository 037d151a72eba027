/**
 * What a hub database holds after a run, per event: the tables an event writes (with their
 * indexes and TOAST), the whole database, and for PGlite the data directory on disk (which
 * also keeps the write-ahead log: PGlite runs no checkpointer between requests).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseConfig } from '../../hub/db/open-database';

export const STORAGE_TABLES = ['events', 'feed', 'case_routes', 'forward_queue'] as const;

export interface StorageFigures {
  events: number;
  /** Bytes per stored event, per table (heap + indexes + TOAST). */
  perTable: Record<(typeof STORAGE_TABLES)[number], number>;
  /** pg_database_size per event. */
  database: number;
  /** PGlite only: the data directory per event, and its pg_wal part. */
  directory?: number;
  wal?: number;
}

const SIZES_SQL = `
  SELECT (SELECT count(*) FROM events)::text AS event_count,
         pg_database_size(current_database())::text AS database,
         ${STORAGE_TABLES.map((table) => `pg_total_relation_size('${table}')::text AS ${table}`).join(', ')}`;

type SizesRow = Record<'event_count' | 'database' | (typeof STORAGE_TABLES)[number], string>;

function bytesUnder(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

function figures(row: SizesRow | undefined): StorageFigures {
  if (!row) throw new Error('no sizes');
  const events = Number(row.event_count);
  const per = (value: string) => Number(value) / events;
  return {
    events,
    perTable: Object.fromEntries(STORAGE_TABLES.map((table) => [table, per(row[table])])) as StorageFigures['perTable'],
    database: per(row.database),
  };
}

/** For PGlite, call once its hub has stopped (one process may open the directory). */
export async function measureStorage(config: DatabaseConfig): Promise<StorageFigures> {
  if (config.engine === 'postgres') {
    const client = new pg.Client({ connectionString: config.connectionString });
    await client.connect();
    try {
      return figures((await client.query<SizesRow>(SIZES_SQL)).rows[0]);
    } finally {
      await client.end();
    }
  }
  if (!config.dataDir) throw new Error('PGlite storage needs a data directory');
  const db = await PGlite.create(config.dataDir);
  let measured: StorageFigures;
  try {
    measured = figures((await db.query<SizesRow>(SIZES_SQL)).rows[0]);
  } finally {
    await db.close();
  }
  return {
    ...measured,
    directory: bytesUnder(config.dataDir) / measured.events,
    wal: bytesUnder(join(config.dataDir, 'pg_wal')) / measured.events,
  };
}
