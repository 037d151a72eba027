/**
 * What an operations team reads from a hub: readiness for the load balancer, Prometheus
 * metrics behind their own token, and JSON request logs with request ids that never carry
 * an applicant's name, ID number or a bearer token.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enroll,
  forwardedEvent,
  identityFor,
  newDivision,
  newHall,
  push,
  request,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';

const METRICS_TOKEN = 'metrics-token-for-tests-0001';
const 锦江 = '510104';

describeEachEngine('operations endpoints and logs', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config, {
      metricsToken: METRICS_TOKEN,
      logger: { write: (line) => void logLines.push(line) },
      // A peer nobody listens on: the forwarder fails, which readiness must report but not count against.
      peerUrl: 'http://127.0.0.1:9',
    });
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  const metrics = async (token = METRICS_TOKEN) => {
    const response = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, text: await response.text() };
  };

  /** The value of the series `name` carrying all of `labels` (in any order) in Prometheus text. */
  const series = (text: string, name: string, labels: Record<string, string> = {}) => {
    const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
    const line = text.split('\n').find((candidate) => {
      const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(candidate);
      const present = match?.[2]?.split(',') ?? [];
      return match?.[1] === name && wanted.every((pair) => present.includes(pair));
    });
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  };

  it('serves metrics only with the metrics token', async () => {
    expect((await metrics('wrong-token-0000000000')).status).toBe(401);
    expect((await fetch(`${hub.url}/metrics`)).status).toBe(401);
    expect((await metrics()).status).toBe(200);
  });

  it('counts pushed events by result and requests by route pattern; reads queue depth and workstations from the database', async () => {
    const window = await enroll(hub, identityFor('51', newHall(锦江)));
    const accepted = await acceptedEvent(window.actor, routingFor(window.identity, { province: '50', division: newDivision('50') }));
    const forwarded = await forwardedEvent(accepted, window.actor, '50');
    const tampered = {
      ...(await acceptedEvent(window.actor, routingFor(window.identity, { province: '51', division: newDivision('51') }))),
      hash: 'f'.repeat(64),
    };
    const pushed = await push(hub, window.token, [accepted, forwarded, tampered]);
    expect(pushed.body.results.map((result) => result.status)).toEqual(['applied', 'applied', 'rejected']);
    const rejectedCode = pushed.body.results[2]?.code ?? '';

    const { text } = await metrics();
    expect(series(text, 'hub_ingested_events_total', { source: 'workstation', result: 'applied' })).toBe(2);
    expect(series(text, 'hub_refused_events_total', { source: 'workstation', result: 'rejected', code: rejectedCode })).toBe(1);
    expect(series(text, 'hub_http_requests_total', { route: '/v1/events::push', method: 'POST', status: '200' })).toBe(1);
    expect(series(text, 'hub_http_request_duration_seconds_count', { route: '/v1/events::push', method: 'POST' })).toBe(1);
    // Both events of the cross-province case wait for the (unreachable) peer.
    const queued = ['ready', 'waiting', 'held'].reduce((sum, state) => sum + (series(text, 'hub_forward_queue_items', { state }) ?? 0), 0);
    expect(queued).toBe(2);
    expect(series(text, 'hub_forward_queue_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(series(text, 'hub_enrolled_workstations')).toBeGreaterThanOrEqual(1);
    if (engine === 'postgres') expect(series(text, 'hub_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    else expect(text).not.toContain('hub_db_pool_connections{');
  });

  it('is ready while the database answers and is migrated, whatever the peer does', async () => {
    await hub.forwarder.drainOnce({ ignoreBackoff: true });
    const ready = await request<{ ready: boolean; engine: { production: boolean }; checks: { peer: { state: string } } }>(
      `${hub.url}/v1/health/ready`,
    );
    expect(ready.status).toBe(200);
    expect(ready.body.ready).toBe(true);
    expect(ready.body.engine.production).toBe(engine === 'postgres');
    expect(ready.body.checks.peer.state).toBe('backingOff');

    // A database one migration behind this release: not ready, and it says which.
    const [last] = await hub.db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id DESC LIMIT 1');
    await hub.db.query('DELETE FROM schema_migrations WHERE id = $1', [last?.id ?? '']);
    try {
      const behind = await request<{ ready: boolean; checks: { migrations: { missing: string[] } } }>(`${hub.url}/v1/health/ready`);
      expect(behind.status).toBe(503);
      expect(behind.body.checks.migrations.missing).toEqual([last?.id]);
    } finally {
      await hub.db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [last?.id ?? '']);
    }
  });

  it('logs JSON lines with request ids and route patterns, never personal data or tokens', async () => {
    const window = await enroll(hub, identityFor('51', newHall(锦江)));
    const accepted = await acceptedEvent(window.actor, routingFor(window.identity, { province: '51', division: newDivision('51') }));
    const traced = await fetch(`${hub.url}/v1/events:push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${window.token}`, 'content-type': 'application/json', 'x-request-id': 'lb-trace-000123' },
      body: JSON.stringify({ events: [accepted] }),
    });
    expect(traced.headers.get('x-request-id')).toBe('lb-trace-000123');
    await request(`${hub.url}/v1/cases/${accepted.caseId}/events`, { token: window.token });
    // An id that is not a plain token is replaced, so nothing can be smuggled into the log.
    const smuggled = await fetch(`${hub.url}/v1/health`, { headers: { 'x-request-id': 'a b {"fake":"log line"}' } });
    expect(smuggled.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const entries = logLines.map((line) => JSON.parse(line) as { reqId?: string; req?: { route?: string }; res?: unknown });
    const requestEntries = entries.filter((entry) => entry.req !== undefined || entry.res !== undefined);
    expect(requestEntries.length).toBeGreaterThan(0);
    expect(requestEntries.every((entry) => typeof entry.reqId === 'string')).toBe(true);
    expect(entries.filter((entry) => entry.reqId === 'lb-trace-000123').length).toBeGreaterThanOrEqual(2);
    expect(entries.some((entry) => entry.req?.route === '/v1/cases/:caseId/events')).toBe(true);

    const everything = logLines.join('');
    const { applicant } = accepted.payload as { applicant: { name: string; idNumber: string } };
    for (const secret of [applicant.name, applicant.idNumber, window.token, accepted.caseId, METRICS_TOKEN]) {
      expect(everything).not.toContain(secret);
    }
  });
});
