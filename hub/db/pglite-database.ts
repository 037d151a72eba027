/**
 * PGlite engine: Postgres compiled to WASM, running inside this process. Used as the embedded
 * default (development, demos, a single hall). It has ONE connection, so transactions are
 * serialised by PGlite itself, and it runs with fsync off: not safe on power loss.
 */
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, SqlParam } from './database';

/** Opens (or creates) a PGlite database persisted in `dataDir`; `undefined` = in memory. */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<Database> {
  const pglite = await PGlite.create(dataDir);

  const queryOn = (target: Pick<PGlite, 'query'>): Queryable['query'] => {
    return async <Row>(sql: string, params: readonly SqlParam[] = []) => {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    };
  };

  return {
    engine: 'pglite',
    query: queryOn(pglite),
    // One connection: no other transaction can wait on this one's locks, so the last
    // statements run like any other and the transaction commits when `fn` returns.
    transaction: (fn) =>
      pglite.transaction((tx) => {
        const query = queryOn(tx);
        return fn({
          query,
          finishUnderLock: async (lock, sql, params) => {
            await query(lock);
            return query(sql, params);
          },
        });
      }),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: () => pglite.close(),
  };
}
