/**
 * A hub restored from a backup has also lost what its peer forwarded to it after the backup,
 * and the peer believes it delivered all of it. mark-restored records the restore point, and
 * the restored hub's forwarder asks the peer (POST /v1/exchange/resend) to forward again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { HubHandle } from '../../hub/start-hub';
import { backUp, restoreAndMark } from './backups';
import {
  acceptedEvent,
  allChanges,
  createTestDatabase,
  describeEachEngine,
  enroll,
  forwardedEvent,
  identityFor,
  newHall,
  PEER_SECRET,
  push,
  request,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';

const MANUAL = { automatic: false } as const;
const 渝中 = '500103';

describeEachEngine('a restored hub gets its peer’s forwards again', (engine) => {
  let scDatabase: TestDatabase;
  let cqDatabase: TestDatabase;
  let sc: HubHandle;
  let cq: HubHandle;
  let cqPort: number;
  let receiver: EnrolledWorkstation;
  let handler: EnrolledWorkstation;
  let scratch: string;

  const startCq = (port?: number) =>
    startTestHub('50', cqDatabase.config, { forwarding: MANUAL, peerUrl: () => sc?.url, ...(port ? { port } : {}) });

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'hub-peer-resend-'));
    [scDatabase, cqDatabase] = await Promise.all([createTestDatabase(engine), createTestDatabase(engine)]);
    cq = await startCq();
    cqPort = Number(new URL(cq.url).port);
    sc = await startTestHub('51', scDatabase.config, { forwarding: MANUAL, peerUrl: cq.url });
    receiver = await enroll(sc, identityFor('51', newHall('510104', '锦江区政务服务中心')));
    handler = await enroll(cq, identityFor('50', newHall(渝中, '渝中区政务服务中心'), '陈静'));
  });
  afterAll(async () => {
    await Promise.allSettled([sc?.close(), cq?.close()]);
    await Promise.allSettled([scDatabase?.drop(), cqDatabase?.drop()]);
    await rm(scratch, { recursive: true, force: true });
  });

  async function crossProvinceCase(): Promise<CaseEvent[]> {
    const accepted = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '50', division: 渝中 }));
    const events = [accepted, await forwardedEvent(accepted, receiver.actor, '50')];
    expect((await push(sc, receiver.token, events)).status).toBe(200);
    await sc.forwarder.drainOnce();
    return events;
  }
  const seenByHandler = async () => (await allChanges(cq, handler.token)).map((change) => change.event.id);

  it('asks the peer once and receives what was forwarded after the backup', async () => {
    const before = await crossProvinceCase();
    if (engine === 'pglite') await cq.close();
    await backUp(cqDatabase.config, scratch);
    if (engine === 'pglite') cq = await startCq(cqPort);
    const after = await crossProvinceCase();
    const all = [...before, ...after].map((event) => event.id);
    expect(await seenByHandler()).toEqual(all);

    await cq.close();
    expect(await restoreAndMark(cqDatabase.config, scratch)).toMatch(/forward again what it sent since/);
    cq = await startCq(cqPort);
    expect(await seenByHandler()).toEqual(before.map((event) => event.id));

    // The restored hub's first drain asks; Sichuan queues its forwards again and delivers them.
    await cq.forwarder.drainOnce();
    const resent = await sc.forwarder.drainOnce();
    expect(resent.applied).toBe(after.length);
    expect(await seenByHandler()).toEqual(all);
    const [pending] = await cq.db.query<{ since: string | null }>('SELECT peer_resend_since::text AS since FROM hub_epoch');
    expect(pending?.since).toBeNull();

    // Asked once: another drain asks nothing, and Sichuan has nothing more to send.
    await cq.forwarder.drainOnce();
    const summary = await sc.forwarder.drainOnce();
    expect(summary.applied + summary.duplicate).toBe(0);
  });

  it('refuses a resend request without the peer secret or with a malformed moment', async () => {
    expect((await request(`${sc.url}/v1/exchange/resend`, { json: { since: '2026-12-01T00:00:00Z' } })).status).toBe(401);
    expect(
      (await request(`${sc.url}/v1/exchange/resend`, { token: 'wrong-secret-0000000000', json: { since: '2026-12-01T00:00:00Z' } })).status,
    ).toBe(401);
    expect((await request(`${sc.url}/v1/exchange/resend`, { token: PEER_SECRET, json: { since: 'yesterday' } })).status).toBe(400);
  });
});
