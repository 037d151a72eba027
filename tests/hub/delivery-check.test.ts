/**
 * After a restore from a backup the hub says what it lost: POST /v1/events:missing names the
 * acknowledged events it no longer holds, and hub/bin/mark-restored.ts gives the feed a new
 * epoch. The backup and restore are the real ones: a copied PGlite directory, and pg_dump /
 * pg_restore on PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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

const run = promisify(execFile);

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

  const config = () => database.config;

  async function backup(): Promise<void> {
    const current = config();
    if (current.engine === 'postgres') {
      await run('pg_dump', ['-Fc', '-f', join(scratch, 'hub.dump'), current.connectionString]);
    } else {
      // A PGlite directory is copied while its hub is stopped, as the operations guide says.
      await hub.close();
      await cp(current.dataDir ?? '', join(scratch, 'pglite'), { recursive: true });
      hub = await startTestHub('51', current);
    }
  }

  async function restoreAndMark(): Promise<string> {
    await hub.close();
    const current = config();
    if (current.engine === 'postgres') {
      await run('pg_restore', ['--clean', '--if-exists', '-d', current.connectionString, join(scratch, 'hub.dump')]);
    } else {
      await rm(current.dataDir ?? '', { recursive: true, force: true });
      await cp(join(scratch, 'pglite'), current.dataDir ?? '', { recursive: true });
    }
    const env = current.engine === 'postgres' ? { ...process.env, HUB_DATABASE_URL: current.connectionString } : process.env;
    const args = ['--import', 'tsx', 'hub/bin/mark-restored.ts', ...(current.engine === 'pglite' ? ['--data', current.dataDir ?? ''] : [])];
    const { stdout } = await run(process.execPath, args, { env });
    hub = await startTestHub('51', current);
    return stdout;
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

    expect(await restoreAndMark()).toMatch(/new feed epoch/);

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
