/**
 * The embedded engine has no autovacuum: the hub vacuums and analyzes it itself, so rows
 * that updates and deletes leave behind are reused instead of growing the directory, and the
 * planner sees today's row counts. A PostgreSQL server does this on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubHandle } from '../../hub/start-hub';
import { createTestDatabase, ENGINES, startTestHub, type TestDatabase } from './fixtures';

async function startOn(engine: 'pglite' | 'postgres'): Promise<{ hub: HubHandle; stop(): Promise<void> }> {
  const database: TestDatabase = await createTestDatabase(engine);
  const hub = await startTestHub('51', database.config);
  return {
    hub,
    async stop() {
      await hub.close();
      await database.drop();
    },
  };
}

const ROWS = 1_000;
const ROUNDS = 4;

/** Updates every row of a scratch table ROUNDS times, with an upkeep pass between rounds or not. */
async function churnedSize(handle: HubHandle, table: string, upkeepBetweenRounds: boolean): Promise<number> {
  await handle.db.exec(`CREATE TABLE ${table} (id int PRIMARY KEY, state text NOT NULL)`);
  await handle.db.query(`INSERT INTO ${table} SELECT n, repeat('办', 40) FROM generate_series(1, ${ROWS}) n`);
  for (let round = 0; round < ROUNDS; round++) {
    await handle.db.query(`UPDATE ${table} SET state = repeat('结', 40)`);
    if (upkeepBetweenRounds) await handle.pgliteUpkeep?.runOnce();
  }
  const [row] = await handle.db.query<{ bytes: string }>(`SELECT pg_total_relation_size('${table}')::text AS bytes`);
  return Number(row?.bytes);
}

describe('vacuum and analyze on the embedded engine', () => {
  let embedded: Awaited<ReturnType<typeof startOn>>;
  beforeAll(async () => {
    embedded = await startOn('pglite');
  });
  afterAll(() => embedded.stop());

  it('reuses the space updates leave behind instead of growing with every round', async () => {
    const handle = embedded.hub;
    const without = await churnedSize(handle, 'churn_without_upkeep', false);
    const withUpkeep = await churnedSize(handle, 'churn_with_upkeep', true);
    // Without vacuum every round adds a full copy of the table; with it, two copies at most.
    expect(withUpkeep).toBeLessThan(without / 2);
  });

  it('analyzes the hub tables, so plans follow the real row counts', async () => {
    const handle = embedded.hub;
    await handle.pgliteUpkeep?.runOnce();
    const tables = await handle.db.query<{ relname: string; analyzed: boolean; vacuumed: boolean }>(
      `SELECT relname, last_analyze IS NOT NULL AS analyzed, last_vacuum IS NOT NULL AS vacuumed
         FROM pg_stat_user_tables WHERE relname IN ('events', 'case_routes', 'forward_queue') ORDER BY relname`,
    );
    expect(tables).toEqual([
      { relname: 'case_routes', analyzed: true, vacuumed: true },
      { relname: 'events', analyzed: true, vacuumed: true },
      { relname: 'forward_queue', analyzed: true, vacuumed: true },
    ]);
  });

  it.runIf(ENGINES.find((engine) => engine.name === 'postgres')?.available)('leaves a PostgreSQL server to its autovacuum', async () => {
    const server = await startOn('postgres');
    try {
      expect(server.hub.pgliteUpkeep).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});
