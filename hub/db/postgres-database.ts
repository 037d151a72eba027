/**
 * PostgreSQL engine through a `pg` Pool: the production setup, where several stateless hub
 * instances can share one server. Each transaction takes its own pooled connection.
 */
import pg from 'pg';
import type { Database, Queryable, SqlParam } from './database';

/** A parameter as SQL text: NULL, a number or boolean as is, anything else an escaped literal. */
function literal(client: pg.PoolClient, value: SqlParam): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return client.escapeLiteral(value);
}

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
      let committed = false;
      try {
        await client.query('BEGIN');
        const value = await fn({
          query: queryOn(client),
          // The simple query protocol takes several statements in one message, but no
          // parameters: they are inlined as escaped literals.
          finishUnderLock: async <Row>(lock: string, sql: string, params: readonly SqlParam[] = []) => {
            const text = sql.replace(/\$(\d+)/g, (_, index: string) => literal(client, params[Number(index) - 1] ?? null));
            const results = (await client.query(`${lock};\n${text};\nCOMMIT`)) as unknown as pg.QueryResult[];
            committed = true;
            return (results[1]?.rows ?? []) as Row[];
          },
        });
        if (!committed) await client.query('COMMIT');
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
