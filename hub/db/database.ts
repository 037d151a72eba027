/**
 * The hub's one database interface. Two engines implement it with the same SQL dialect:
 * PGlite (embedded Postgres in WASM, one connection, persisted to a directory) and a
 * PostgreSQL server through a `pg` Pool. Everything above this file is engine-agnostic.
 *
 * Conventions every query follows so both engines return the same values:
 * - bigint columns are selected as `::text` (PGlite returns numbers, pg returns strings);
 * - timestamps on the wire are formatted in SQL (see ISO_UTC below), never JS Dates;
 * - JSON parameters are passed as `JSON.stringify(value)` and cast with `::jsonb`.
 */

export type SqlParam = string | number | boolean | null;

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
}

export interface Transaction extends Queryable {
  /**
   * Ends the transaction: takes `lock` (a statement without parameters), runs `sql` and
   * commits, all in one round trip to the server, so the lock is held only while the server
   * works, never while this process is busy with other requests. `sql` runs after the lock
   * is granted, so it sees what the lock's previous holder committed. Returns the rows of
   * `sql`; nothing may run on the transaction afterwards.
   */
  finishUnderLock<Row = Record<string, unknown>>(lock: string, sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one READ COMMITTED transaction; rolls back if it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  /** A connection pool's use (PostgreSQL); PGlite has one connection and no pool. */
  poolUse?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

/** SQL expression formatting a timestamptz column as `2024-05-01T08:00:00.000Z`. */
export function isoUtc(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** SQLSTATE of an error from either engine (both expose `code`). */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';
