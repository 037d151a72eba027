/**
 * PostgreSQL engine through a `pg` Pool: the production setup, where several stateless hub
 * instances can share one server. Each transaction takes its own pooled connection.
 */
import pg from 'pg';
import type { Database, Queryable, SqlParam } from './database';

export async function openPostgresDatabase(connectionString: string, maxConnections = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle client losing its server connection emits 'error' on the pool; without a
  // listener that would crash the process instead of failing the next query.
  pool.on('error', () => undefined);
  // Fail at startup, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();

  const queryOn = (target: pg.Pool | pg.PoolClient): Queryable['query'] => {
    return async <Row>(sql: string, params: readonly SqlParam[] = []) => {
      const result = await target.query(sql, [...params]);
      return result.rows as Row[];
    };
  };

  return {
    engine: 'postgres',
    query: queryOn(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn({ query: queryOn(client) });
        await client.query('COMMIT');
        client.release();
        return value;
      } catch (error) {
        // A broken connection cannot roll back; destroy it rather than return it to the pool.
        const rolledBack = await client.query('ROLLBACK').then(
          () => true,
          () => false,
        );
        client.release(rolledBack ? undefined : true);
        throw error;
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}
