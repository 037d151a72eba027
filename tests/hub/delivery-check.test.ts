/**
 * After a restore from a backup the hub says what it lost: POST /v1/events:missing names the
 * acknowledged events it no longer holds, and hub/bin/mark-restored.ts gives the feed a new
 * epoch. The backup and restore are the real ones: a copied PGlite directory, and pg_dump /
 * pg_restore on PostgreSQL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deliveryCheckResponseSchema, type DeliveryCheckResponse } from '../../shared/sync/delivery-protocol';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enroll,
  identityFor,
  newDivision,
  newHall,
  push,
  receivedEvent,
  request,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';
import { backUp, restoreAndMark } from './backups';

async function missing(hub: HubHandle, token: string, ids: readonly string[]): Promise<DeliveryCheckResponse> {
  const result = await request(`${hub.url}/v1/events:missing`, { token, json: { ids } });
  expect(result.status).toBe(200);
  return deliveryCheckResponseSchema.parse(result.body);
}

describeEachEngine('delivery check after a restore', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  let scratch: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    scratch = await mkdtemp(join(tmpdir(), 'hub-backup-'));
    hub = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
    await rm(scratch, { recursive: true, force: true });
  });

  async function backup(): Promise<void> {
    // A PGlite directory is copied while its hub is stopped.
    if (database.config.engine === 'pglite') await hub.close();
    await backUp(database.config, scratch);
    if (database.config.engine === 'pglite') hub = await startTestHub('51', database.config);
  }

  async function restore(): Promise<string> {
    await hub.close();
    const printed = await restoreAndMark(database.config, scratch);
    hub = await startTestHub('51', database.config);
    return printed;
  }

  it('names the acknowledged events a restored hub lost, under a new epoch, and takes them again', async () => {
    const receiver = await enroll(hub, identityFor('51', newHall(newDivision('51'))));
    const handler = await enroll(hub, identityFor('51', newHall(newDivision('51'))));
    const routing = routingFor(receiver.identity, { province: '51', division: handler.identity.hall.division });
    const before = await acceptedEvent(receiver.actor, routing);
    expect((await push(hub, receiver.token, [before])).status).toBe(200);
    await backup();

    const after = await acceptedEvent(receiver.actor, routing);
    const received = await receivedEvent(before, handler.actor);
    expect((await push(hub, receiver.token, [after])).body.results[0]?.status).toBe('applied');
    expect((await push(hub, handler.token, [received])).body.results[0]?.status).toBe('applied');
    const beforeRestore = await missing(hub, receiver.token, [before.id, after.id]);
    expect(beforeRestore.missing).toEqual([]);
    // Another hall's event is not the caller's to ask about: it is never reported as held.
    expect((await missing(hub, receiver.token, [received.id])).missing).toEqual([received.id]);

    expect(await restore()).toMatch(/new feed epoch/);

    const afterRestore = await missing(hub, receiver.token, [before.id, after.id]);
    expect(afterRestore.missing).toEqual([after.id]);
    expect(afterRestore.epoch).not.toBe(beforeRestore.epoch);
    expect(BigInt(afterRestore.head)).toBeLessThan(BigInt(beforeRestore.head));

    // The workstation pushes the lost event again; the hub takes it as new.
    expect((await push(hub, receiver.token, [after])).body.results[0]?.status).toBe('applied');
    const healed = await missing(hub, receiver.token, [before.id, after.id]);
    expect(healed.missing).toEqual([]);
    expect(healed.epoch).toBe(afterRestore.epoch);
  });

  it('answers an empty list with the epoch and head, and refuses a malformed one', async () => {
    const workstation = await enroll(hub, identityFor('51', newHall(newDivision('51'))));
    const empty = await missing(hub, workstation.token, []);
    expect(empty.missing).toEqual([]);
    expect(empty.head).toMatch(/^\d+$/);
    const bad = await request(`${hub.url}/v1/events:missing`, { token: workstation.token, json: { ids: ['not-a-ulid'] } });
    expect(bad.status).toBe(400);
    const anonymous = await request(`${hub.url}/v1/events:missing`, { json: { ids: [] } });
    expect(anonymous.status).toBe(401);
  });
});
