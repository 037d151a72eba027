/**
 * Pulling without echoes and waiting for news: a workstation store's pulls leave out the
 * events it pushed itself while the cursor still moves past them, and GET /v1/changes/wait
 * answers as soon as the caller's feed has news, from memory while nothing happens. On
 * PostgreSQL a second hub instance on the same database wakes its waiters too.
 */
import { get as httpGet } from 'node:http';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  allChanges,
  createTestDatabase,
  describeEachEngine,
  enroll,
  identityFor,
  newDivision,
  newHall,
  request,
  routingFor,
  startTestHub,
  type ChangesResult,
  type EnrolledWorkstation,
  type PushResult,
  type TestDatabase,
} from './fixtures';

function pushAs(hub: HubHandle, station: EnrolledWorkstation, events: readonly unknown[], replicaId?: string) {
  return request<PushResult>(`${hub.url}/v1/events:push`, { token: station.token, json: { events, replicaId } });
}

function pullAs(hub: HubHandle, station: EnrolledWorkstation, cursor: string, limit: number, replicaId?: string) {
  const replica = replicaId ? `&replicaId=${replicaId}` : '';
  return request<ChangesResult>(`${hub.url}/v1/changes?cursor=${cursor}&limit=${limit}${replica}`, { token: station.token });
}

function waitAs(hub: HubHandle, station: EnrolledWorkstation, cursor: string, waitMs: number) {
  return request<{ news: boolean }>(`${hub.url}/v1/changes/wait?cursor=${cursor}&waitMs=${waitMs}`, { token: station.token });
}

/**
 * A wait over a connection of its own that `hangUp` closes (fetch's pool would open a spare
 * connection after an abort, which keeps the hub's server from closing for a minute).
 */
function waitOnOwnConnection(hub: HubHandle, station: EnrolledWorkstation, hangUp: AbortSignal): Promise<string> {
  return new Promise((resolve) => {
    const call = httpGet(`${hub.url}/v1/changes/wait?cursor=0&waitMs=30000`, {
      agent: false,
      headers: { authorization: `Bearer ${station.token}` },
      signal: hangUp,
    });
    call.on('response', () => resolve('answered'));
    call.on('error', () => resolve('hung up'));
  });
}

/** Resolves once `condition` holds, checking after every turn of the event loop. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describeEachEngine('pulls without echoes, and waiting for news', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  async function hallPair(): Promise<{
    window: EnrolledWorkstation;
    colleague: EnrolledWorkstation;
    handling: { province: '51'; division: string };
  }> {
    const hall = newHall(newDivision('51'));
    return {
      window: await enroll(hub, identityFor('51', hall)),
      colleague: await enroll(hub, identityFor('51', { ...hall }, '王芳')),
      handling: { province: '51', division: newDivision('51') },
    };
  }

  it("leaves the caller's own events out of its pulls while the cursor moves past them", async () => {
    const { window, colleague, handling } = await hallPair();
    const replica = ulid();
    const own = [];
    for (let i = 0; i < 3; i += 1) own.push(await acceptedEvent(window.actor, routingFor(window.identity, handling)));
    const theirs = await acceptedEvent(colleague.actor, routingFor(colleague.identity, handling));
    await pushAs(hub, window, own, replica);
    await pushAs(hub, colleague, [theirs], ulid());

    // A page of echoes only: nothing to apply, but the cursor moves and more follow.
    const first = await pullAs(hub, window, '0', 2, replica);
    expect(first.body.changes).toEqual([]);
    expect(first.body.hasMore).toBe(true);
    expect(BigInt(first.body.nextCursor)).toBeGreaterThan(0n);
    const second = await pullAs(hub, window, first.body.nextCursor, 2, replica);
    expect(second.body.changes.map((change) => change.event.id)).toEqual([theirs.id]);
    expect(second.body.hasMore).toBe(false);
    expect(second.body.nextCursor).toBe(second.body.changes.at(-1)?.cursor);
    expect((await pullAs(hub, window, second.body.nextCursor, 2, replica)).body).toEqual({
      changes: [],
      nextCursor: second.body.nextCursor,
      hasMore: false,
    });

    // Another store of the same workstation (a wiped one, refilled) gets everything back.
    expect((await allChanges(hub, window.token)).map((change) => change.event.id)).toEqual([...own, theirs].map((event) => event.id));
    const fresh = await pullAs(hub, window, '0', 10, ulid());
    expect(fresh.body.changes).toHaveLength(4);
  });

  it('answers a wait at once when the feed already has news, and when a colleague pushes', async () => {
    const { window, colleague, handling } = await hallPair();
    const before = await acceptedEvent(colleague.actor, routingFor(colleague.identity, handling));
    await pushAs(hub, colleague, [before]);
    expect((await waitAs(hub, window, '0', 30_000)).body).toEqual({ news: true });

    const end = (await allChanges(hub, window.token)).at(-1)!.cursor;
    const waiting = waitAs(hub, window, end, 30_000);
    await until(() => hub.feedWatch.waiting() > 0);
    await pushAs(hub, colleague, [await acceptedEvent(colleague.actor, routingFor(colleague.identity, handling))]);
    expect((await waiting).body).toEqual({ news: true });
  });

  it('answers news: false when the wait runs out, and an idle wait runs no SQL', async () => {
    const { window } = await hallPair();
    expect((await waitAs(hub, window, '0', 50)).body).toEqual({ news: false });
    const query = vi.spyOn(hub.db, 'query');
    try {
      for (let i = 0; i < 3; i += 1) expect((await waitAs(hub, window, '0', 20)).body).toEqual({ news: false });
      expect(query).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
  });

  it('stops waiting for a workstation that hangs up', async () => {
    const { window } = await hallPair();
    const hangUp = new AbortController();
    const waiting = waitOnOwnConnection(hub, window, hangUp.signal);
    await until(() => hub.feedWatch.waiting() > 0);
    hangUp.abort();
    expect(await waiting).toBe('hung up');
    await until(() => hub.feedWatch.waiting() === 0);
  });

  it('refuses a wait without a valid token', async () => {
    const response = await request(`${hub.url}/v1/changes/wait?cursor=0&waitMs=10`, { token: 'not-a-token' });
    expect(response.status).toBe(401);
  });
});

describe.skipIf(!process.env.HUB_TEST_DATABASE_URL)('two hub instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let first: HubHandle;
  let second: HubHandle;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    first = await startTestHub('51', database.config);
    second = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await Promise.allSettled([first?.close(), second?.close()]);
    await database?.drop();
  });

  it('wakes a wait on one instance when a batch commits on the other', async () => {
    const hall = newHall(newDivision('51'));
    const window = await enroll(first, identityFor('51', hall));
    const colleague = await enroll(first, identityFor('51', { ...hall }, '王芳'));
    const routing = routingFor(colleague.identity, { province: '51', division: newDivision('51') });
    await pushAs(first, colleague, [await acceptedEvent(colleague.actor, routing)]);
    const end = (await allChanges(second, window.token)).at(-1)!.cursor;

    const waiting = waitAs(second, window, end, 30_000);
    await until(() => second.feedWatch.waiting() > 0);
    await pushAs(first, colleague, [await acceptedEvent(colleague.actor, routing)]);
    expect((await waiting).body).toEqual({ news: true });
  });
});
