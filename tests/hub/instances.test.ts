/**
 * Several hub instances on one PostgreSQL database, as a province runs them behind a load
 * balancer: real hub processes (hub/bin/serve.ts), one killed with SIGKILL while windows push
 * and the province forwards; a real peer hub on the other side.
 */
import pg from 'pg';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  allChanges,
  createTestDatabase,
  ENGINES,
  ENROLLMENT_CODE,
  forwardedEvent,
  identityFor,
  newDivision,
  newHall,
  PEER_SECRET,
  push,
  request,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';
import { serveHub, type ServedHub } from './serve-process';

const METRICS_TOKEN = 'metrics-token-for-tests-0002';
const postgres = ENGINES.find((engine) => engine.name === 'postgres');

// PGlite is one process's embedded database: only PostgreSQL can be shared by instances.
describe.skipIf(!postgres?.available)('several hub instances on one PostgreSQL', () => {
  let sichuanDb: TestDatabase;
  let chongqingDb: TestDatabase;
  let chongqing: HubHandle;
  const instances: ServedHub[] = [];

  const startInstance = async () => {
    const instance = await serveHub(sichuanDb.config, '51', ENROLLMENT_CODE, {
      args: ['--peer-url', chongqing.url, '--peer-secret', PEER_SECRET],
      env: { HUB_LEASE_MS: '3000' },
    });
    instances.push(instance);
    return instance;
  };

  beforeAll(async () => {
    // Sichuan's database is a new installation's: its instances race to migrate it.
    [sichuanDb, chongqingDb] = await Promise.all([createTestDatabase('postgres', 'empty'), createTestDatabase('postgres')]);
    chongqing = await startTestHub('50', chongqingDb.config, { metricsToken: METRICS_TOKEN });
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.kill()));
    await chongqing?.close();
    await sichuanDb?.drop();
    await chongqingDb?.drop();
  });

  it('migrate once when they start together', async () => {
    await Promise.all([startInstance(), startInstance()]);
    const rows = await queryDatabase(sichuanDb, 'SELECT id, count(*)::int AS n FROM schema_migrations GROUP BY id');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.n === 1)).toBe(true);
  });

  it('take every event once and forward it from one instance at a time, while one of them is killed', async () => {
    const [first, second] = instances as [ServedHub, ServedHub];
    // A token minted by one instance is good at every instance: it lives in the database.
    const window = await enrollAt(first.url);
    const cases: CaseEvent[][] = [];
    for (let index = 0; index < 40; index += 1) {
      const accepted = await acceptedEvent(window.actor, routingFor(window.identity, { province: '50', division: newDivision('50') }));
      cases.push([accepted, await forwardedEvent(accepted, window.actor, '50')]);
    }
    const all = cases.flat();

    const peerCount = async (result: 'applied' | 'duplicate') => {
      const text = await (await fetch(`${chongqing.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
      return metricValue(text, 'hub_ingested_events_total', 'source="peer"', `result="${result}"`);
    };
    const pushTo = async (target: ServedHub, batch: CaseEvent[]) => {
      const response = await push({ url: target.url } as HubHandle, window.token, batch);
      expect(response.status).toBe(200);
      for (const result of response.body.results) expect(['applied', 'duplicate']).toContain(result.status);
    };
    const half = all.length / 2;

    // Both alive, a balancer's round robin: both instances take pushes, one forwards at a time.
    for (const [index, batch] of chunk(all.slice(0, half), 8).entries()) await pushTo(index % 2 === 0 ? first : second, batch);
    await expect.poll(() => peerCount('applied'), { timeout: 30_000 }).toBe(half);
    expect(await peerCount('duplicate')).toBe(0);

    // The first instance dies (perhaps mid-delivery) while windows keep pushing to the second,
    // which takes over forwarding when the dead one's lease runs out.
    const pushing = (async () => {
      for (const batch of chunk(all.slice(half), 8)) await pushTo(second, batch);
    })();
    await first.kill();
    await pushing;
    await expect.poll(() => peerCount('applied'), { timeout: 30_000 }).toBe(all.length);
    await expect
      .poll(async () => (await chongqing.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events'))[0]?.n)
      .toBe(all.length);
    // A delivery the dead instance made but had not recorded is sent again and answered
    // `duplicate` (changing nothing); no more than one forwarding batch can be in that state.
    expect(await peerCount('duplicate')).toBeLessThanOrEqual(100);

    // Pulls see one feed whichever instance answers.
    const third = await startInstance();
    const fromSecond = await allChanges({ url: second.url } as HubHandle, window.token);
    const fromThird = await allChanges({ url: third.url } as HubHandle, window.token);
    expect(fromThird).toEqual(fromSecond);
    expect(new Set(fromSecond.map((change) => change.event.id))).toEqual(new Set(all.map((event) => event.id)));
  });

  async function enrollAt(url: string) {
    const identity = identityFor('51', newHall('510104'));
    const workstationId = ulid();
    const result = await request<{ token: string }>(`${url}/v1/enroll`, {
      json: { enrollmentCode: ENROLLMENT_CODE, workstationId, identity },
    });
    expect(result.status).toBe(201);
    return {
      token: result.body.token,
      identity,
      actor: { clerk: identity.clerk, workstationId, province: identity.province, hallCode: identity.hall.code, window: identity.window },
    };
  }
});

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}

/** Sum of a counter's series carrying all of `labels` ('0' when there is none). */
function metricValue(text: string, name: string, ...labels: string[]): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && labels.every((label) => line.includes(label)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

async function queryDatabase(database: TestDatabase, sql: string): Promise<{ id: string; n: number }[]> {
  const client = new pg.Client({ connectionString: database.config.engine === 'postgres' ? database.config.connectionString : '' });
  await client.connect();
  try {
    return (await client.query<{ id: string; n: number }>(sql)).rows;
  } finally {
    await client.end();
  }
}
