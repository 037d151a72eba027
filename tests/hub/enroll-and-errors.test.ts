/**
 * Enrollment, authentication and the error contract: every failure is
 * {error:{code, message}} with a Chinese message, and a refused request changes nothing.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollResponseSchema, hubErrorSchema } from '../../shared/sync/protocol';
import { migrate } from '../../hub/db/migrate';
import { MIGRATIONS } from '../../hub/db/migrations';
import { loadWorkstationKey } from '../../electron/handlers/workstation-key';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  countRows,
  createTestDatabase,
  describeEachEngine,
  enroll,
  ENROLLMENT_CODE,
  enrollmentWithKey,
  identityFor,
  newHall,
  push,
  request,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';

const CHINESE = /[\u4e00-\u9fff]/;

function expectHubError(result: { status: number; body: unknown }, status: number, code: string): string {
  expect(result.status).toBe(status);
  const parsed = hubErrorSchema.parse(result.body);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message).toMatch(CHINESE);
  return parsed.error.message;
}

describeEachEngine('enrollment and errors', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;

  beforeAll(async () => {
    // A new installation's database: the hub's first start applies every migration (checked below).
    database = await createTestDatabase(engine, 'empty');
    hub = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  const enrollRaw = (body: unknown) => request(`${hub.url}/v1/enroll`, { json: body });

  describe('POST /v1/enroll', () => {
    it('enrolls a Sichuan window and stores only the hash of its token', async () => {
      const identity = identityFor('51', newHall('510104'));
      const workstationId = ulid();
      const result = await enrollRaw({ enrollmentCode: ENROLLMENT_CODE, workstationId, identity });
      expect(result.status).toBe(201);
      const body = enrollResponseSchema.parse(result.body);
      expect(body).toMatchObject({ workstationId, province: '51' });

      const [row] = await hub.db.query<{ token_hash: string; hall_code: string }>(
        'SELECT token_hash, hall_code FROM workstations WHERE id = $1',
        [workstationId],
      );
      expect(row?.hall_code).toBe(identity.hall.code);
      expect(row?.token_hash).toBe(createHash('sha256').update(body.token).digest('hex'));
      expect(JSON.stringify(await hub.db.query('SELECT * FROM workstations'))).not.toContain(body.token);
      expect((await request(`${hub.url}/v1/changes`, { token: body.token })).status).toBe(200);
    });

    it('re-enrolling an id replaces its token and follows the workstation to another hall', async () => {
      const identity = identityFor('51', newHall('510104'));
      const workstationId = ulid();
      const enrollAs = async (who: typeof identity) =>
        enrollResponseSchema.parse((await enrollRaw({ enrollmentCode: ENROLLMENT_CODE, workstationId, identity: who })).body);
      const first = await enrollAs(identity);
      const retried = await enrollAs(identity);
      expect(retried.token).not.toBe(first.token);
      expect((await request(`${hub.url}/v1/changes`, { token: first.token })).status).toBe(401);

      const movedTo = identityFor('51', newHall('510105'));
      const moved = await enrollAs(movedTo);
      expect((await request(`${hub.url}/v1/changes`, { token: retried.token })).status).toBe(401);
      const actor = { clerk: '张晓梅', workstationId, province: '51' as const, window: '3' };
      const fromOldHall = await acceptedEvent(
        { ...actor, hallCode: identity.hall.code },
        routingFor(identity, { province: '51', division: '510105' }),
      );
      const fromNewHall = await acceptedEvent(
        { ...actor, hallCode: movedTo.hall.code },
        routingFor(movedTo, { province: '51', division: '510104' }),
      );
      expect((await push(hub, moved.token, [fromOldHall, fromNewHall])).body.results).toMatchObject([
        { status: 'rejected', code: 'ACTOR_MISMATCH' },
        { status: 'applied' },
      ]);
    });

    describe('the signing key pinned to a workstation id', () => {
      const profiles: string[] = [];
      const newKey = () => {
        const profile = mkdtempSync(join(tmpdir(), 'enroll-key-'));
        profiles.push(profile);
        return loadWorkstationKey(profile);
      };
      afterAll(() => profiles.forEach((profile) => rmSync(profile, { recursive: true, force: true })));

      /** A workstation enrolled with its key, as the app enrolls. */
      async function pinned() {
        const identity = identityFor('51', newHall('510104'));
        const workstationId = ulid();
        const key = newKey();
        const first = await enrollRaw(enrollmentWithKey(key, workstationId, identity));
        expect(first.status).toBe(201);
        return { identity, workstationId, key, token: enrollResponseSchema.parse(first.body).token };
      }
      const publishedKeyOf = async (workstationId: string) =>
        (await request<{ keys: { workstationId: string; publicKey: string; hallCode: string }[] }>(`${hub.url}/v1/keys`)).body.keys.find(
          (key) => key.workstationId === workstationId,
        );

      it('re-enrolls only with a fresh proof from the same key', async () => {
        const { identity, workstationId, key } = await pinned();
        const later = new Date(Date.now() + 1_000).toISOString();
        expect((await enrollRaw(enrollmentWithKey(key, workstationId, identity, later))).status).toBe(201);
      });

      it('refuses a hijack without a key: the victim keeps its token and its key stays under its hall', async () => {
        const victim = await pinned();
        const thief = identityFor('51', newHall('510105'));
        expectHubError(
          await enrollRaw({ enrollmentCode: ENROLLMENT_CODE, workstationId: victim.workstationId, identity: thief }),
          403,
          'KEY_REQUIRED',
        );
        expect((await request(`${hub.url}/v1/changes`, { token: victim.token })).status).toBe(200);
        expect(await publishedKeyOf(victim.workstationId)).toMatchObject({
          publicKey: victim.key.publicKey,
          hallCode: victim.identity.hall.code,
        });
      });

      it('refuses the published key without a proof, or with a proof made by another key', async () => {
        const victim = await pinned();
        const thief = identityFor('51', newHall('510105'));
        const copied = {
          enrollmentCode: ENROLLMENT_CODE,
          workstationId: victim.workstationId,
          identity: thief,
          publicKey: victim.key.publicKey,
        };
        expectHubError(await enrollRaw(copied), 400, 'KEY_PROOF_REQUIRED');
        const forged = { ...copied, proof: enrollmentWithKey(newKey(), victim.workstationId, thief).proof };
        expectHubError(await enrollRaw(forged), 403, 'KEY_PROOF_INVALID');
        expectHubError(await enrollRaw(enrollmentWithKey(newKey(), victim.workstationId, thief)), 409, 'KEY_MISMATCH');
        expect((await request(`${hub.url}/v1/changes`, { token: victim.token })).status).toBe(200);
      });

      it('refuses a replayed request and a proof moved to another hall', async () => {
        const { identity, workstationId, key } = await pinned();
        const request1 = enrollmentWithKey(key, workstationId, identity, new Date(Date.now() + 2_000).toISOString());
        expect((await enrollRaw(request1)).status).toBe(201);
        expectHubError(await enrollRaw(request1), 409, 'STALE_PROOF');
        const elsewhere = identityFor('51', newHall('510105'));
        expectHubError(
          await enrollRaw({
            ...request1,
            identity: elsewhere,
            proof: { ...request1.proof, at: new Date(Date.now() + 3_000).toISOString() },
          }),
          403,
          'KEY_PROOF_INVALID',
        );
      });

      it('refuses a proof from a clock far off the hub', async () => {
        const identity = identityFor('51', newHall('510104'));
        const stale = new Date(Date.now() - 60 * 60_000).toISOString();
        expectHubError(await enrollRaw(enrollmentWithKey(newKey(), ulid(), identity, stale)), 400, 'CLOCK_SKEW');
      });

      it('lets a workstation enrolled before keys existed pin its key later', async () => {
        const identity = identityFor('51', newHall('510104'));
        const workstationId = ulid();
        expect((await enrollRaw({ enrollmentCode: ENROLLMENT_CODE, workstationId, identity })).status).toBe(201);
        expect((await enrollRaw({ enrollmentCode: ENROLLMENT_CODE, workstationId, identity })).status).toBe(201);
        const key = newKey();
        expect((await enrollRaw(enrollmentWithKey(key, workstationId, identity))).status).toBe(201);
        expectHubError(await enrollRaw({ enrollmentCode: ENROLLMENT_CODE, workstationId, identity }), 403, 'KEY_REQUIRED');
      });
    });

    it('refuses a wrong enrollment code and writes nothing', async () => {
      const before = await countRows(hub, 'workstations');
      const result = await enrollRaw({
        enrollmentCode: 'not-the-code',
        workstationId: ulid(),
        identity: identityFor('51', newHall('510104')),
      });
      expect(expectHubError(result, 403, 'BAD_ENROLLMENT_CODE')).toMatch(/注册码/);
      expect(await countRows(hub, 'workstations')).toBe(before);
    });

    it('refuses a Chongqing window at the Sichuan hub', async () => {
      const before = await countRows(hub, 'workstations');
      const result = await enrollRaw({
        enrollmentCode: ENROLLMENT_CODE,
        workstationId: ulid(),
        identity: identityFor('50', newHall('500103')),
      });
      expect(expectHubError(result, 403, 'WRONG_PROVINCE')).toContain('重庆市');
      expect(await countRows(hub, 'workstations')).toBe(before);
    });

    it('names the offending field of an invalid identity', async () => {
      const identity = identityFor('51', { ...newHall('510104'), code: '51999901' });
      const message = expectHubError(
        await enrollRaw({ enrollmentCode: ENROLLMENT_CODE, workstationId: ulid(), identity }),
        400,
        'BAD_REQUEST',
      );
      expect(message).toContain('identity.hall.code');
      expect(message).toContain('大厅编码应以所在区划代码开头');
    });
  });

  describe('authentication', () => {
    it('answers 401 without a token or with an unknown one, and stores nothing', async () => {
      const window = await enroll(hub, identityFor('51', newHall('510104')));
      const event = await acceptedEvent(window.actor, routingFor(window.identity, { province: '51', division: '510105' }));
      const before = await countRows(hub, 'events');
      expectHubError(await request(`${hub.url}/v1/events:push`, { json: { events: [event] } }), 401, 'UNAUTHENTICATED');
      expectHubError(await push(hub, 'x'.repeat(43), [event]), 401, 'BAD_TOKEN');
      expectHubError(
        await request(`${hub.url}/v1/changes`, { headers: { authorization: `Basic ${window.token}` } }),
        401,
        'UNAUTHENTICATED',
      );
      expect(await countRows(hub, 'events')).toBe(before);
    });

    it('refuses the peer endpoint without the peer secret, and a workstation token is not one', async () => {
      const window = await enroll(hub, identityFor('51', newHall('510104')));
      const forward = (token?: string) => request(`${hub.url}/v1/exchange/forward`, { token, json: { events: [] } });
      expectHubError(await forward(), 401, 'UNAUTHENTICATED');
      expectHubError(await forward(window.token), 401, 'BAD_PEER_SECRET');
    });
  });

  describe('bad input', () => {
    it('rejects a whole push with one malformed event as 400 naming the field, and writes nothing', async () => {
      const window = await enroll(hub, identityFor('51', newHall('510104')));
      const routing = routingFor(window.identity, { province: '51', division: '510105' });
      const good = await acceptedEvent(window.actor, routing);
      const bad = await acceptedEvent(window.actor, routing);
      if (bad.type !== 'accepted') throw new Error('fixture');
      bad.payload.applicant.idNumber = '510104199003071231';
      const before = [await countRows(hub, 'events'), await countRows(hub, 'feed'), await countRows(hub, 'case_routes')];

      const message = expectHubError(await push(hub, window.token, [good, bad]), 400, 'BAD_REQUEST');
      expect(message).toContain('events[1].payload.applicant.idNumber');
      expect(message).toContain('校验位');
      expect([await countRows(hub, 'events'), await countRows(hub, 'feed'), await countRows(hub, 'case_routes')]).toEqual(before);
    });

    it('rejects bodies that are not a JSON object with events', async () => {
      const window = await enroll(hub, identityFor('51', newHall('510104')));
      const url = `${hub.url}/v1/events:push`;
      const json = { 'content-type': 'application/json' };
      expectHubError(await request(url, { token: window.token, body: '{"events": [', headers: json }), 400, 'BAD_JSON');
      expectHubError(await request(url, { token: window.token, json: [] }), 400, 'BAD_REQUEST');
      expectHubError(await request(url, { token: window.token, json: { events: [] } }), 400, 'BAD_REQUEST');
      expectHubError(
        await request(url, { token: window.token, body: 'events', headers: { 'content-type': 'text/plain' } }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    it('rejects a body over 5 MB with 413', async () => {
      const window = await enroll(hub, identityFor('51', newHall('510104')));
      const huge = JSON.stringify({ events: [{ padding: 'x'.repeat(6 * 1024 * 1024) }] });
      const result = await request(`${hub.url}/v1/events:push`, {
        token: window.token,
        body: huge,
        headers: { 'content-type': 'application/json' },
      });
      expectHubError(result, 413, 'BODY_TOO_LARGE');
    });

    it('validates the change-feed query', async () => {
      const window = await enroll(hub, identityFor('51', newHall('510104')));
      const get = (query: string) => request(`${hub.url}/v1/changes?${query}`, { token: window.token });
      expect(expectHubError(await get('cursor=abc'), 400, 'BAD_REQUEST')).toContain('游标格式错误');
      expectHubError(await get('cursor=0&limit=0'), 400, 'BAD_REQUEST');
      expectHubError(await get('cursor=0&limit=501'), 400, 'BAD_REQUEST');
      expect(expectHubError(await get('cursor=99999999999999999999'), 400, 'BAD_REQUEST')).toContain('游标超出范围');
    });

    it('answers unknown routes with 404 in the same shape', async () => {
      expect(expectHubError(await request(`${hub.url}/v1/nothing-here`), 404, 'NOT_FOUND')).toContain('/v1/nothing-here');
      expectHubError(await request(`${hub.url}/v1/events:pull`, { json: {} }), 404, 'NOT_FOUND');
    });
  });

  describe('health and schema', () => {
    it('reports liveness, its province and its crypto suite (the default)', async () => {
      expect(await request(`${hub.url}/v1/health`)).toEqual({
        status: 200,
        body: { ok: true, province: '51', cryptoSuite: 'ecdsa-p256-sha256' },
      });
    });

    it('has applied every migration, and running them again changes nothing', async () => {
      expect(await migrate(hub.db)).toEqual([]);
      const rows = await hub.db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
      expect(rows.map((row) => row.id)).toEqual(MIGRATIONS.map((migration) => migration.id));
    });
  });
});
