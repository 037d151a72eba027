/**
 * Retired sealing keys stay published: after an administrator resets a workstation's key,
 * `GET /v1/keys` still lists the old key with the moment it was retired, so a 受理回执 it
 * sealed before (numbered on or before that China day) verifies — at the hub's receipt check
 * and offline — and one it "sealed" with a later number does not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadWorkstationKey, type WorkstationKey } from '../../electron/handlers/workstation-key';
import { resetKey } from '../../hub/store/workstation-admin';
import type { HubHandle } from '../../hub/start-hub';
import { formatSealedQr, receiptSealMessage, verifySealedQr, type ReceiptSealFields } from '../../shared/domain/seal/receipt-seal';
import { chinaDayStart } from '../../shared/util/china-time';
import { publishedKeysResponseSchema } from '../../shared/sync/protocol';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enrollmentWithKey,
  identityFor,
  newHall,
  push,
  request,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';

/** acceptedEvent numbers its cases on this China day. */
const CASE_DAY = '2024-05-06';

describeEachEngine('retired sealing keys', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  const profiles: string[] = [];
  const newKey = (): WorkstationKey => {
    const profile = mkdtempSync(join(tmpdir(), 'retired-key-'));
    profiles.push(profile);
    return loadWorkstationKey(profile);
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await hub.close();
    await database.drop();
    profiles.forEach((profile) => rmSync(profile, { recursive: true, force: true }));
  });

  const seal = (key: WorkstationKey, fields: ReceiptSealFields) => formatSealedQr(fields, key.sign(receiptSealMessage(fields)));
  const publishedKeys = async () => publishedKeysResponseSchema.parse((await request(`${hub.url}/v1/keys`)).body).keys;
  const checkAtHub = (code: string) => request<{ valid: boolean; reason?: string }>(`${hub.url}/v1/receipts/${code}`);

  it('verifies receipts sealed before a key reset, and refuses the old key for later numbers', async () => {
    const oldKey = newKey();
    const identity = identityFor('51', newHall('510104'));
    const workstationId = ulid();
    const enrolled = await request<{ token: string }>(`${hub.url}/v1/enroll`, { json: enrollmentWithKey(oldKey, workstationId, identity) });
    expect(enrolled.status).toBe(201);
    const actor = { clerk: identity.clerk, workstationId, province: '51' as const, hallCode: identity.hall.code, window: identity.window };
    const accepted = await acceptedEvent(actor, routingFor(identity, { province: '50', division: '500103' }));
    expect((await push(hub, enrolled.body.token, [accepted])).status).toBe(200);
    if (accepted.type !== 'accepted') throw new Error('expected an accepted event');
    const fields = { caseNumber: accepted.payload.caseNumber, queryPassword: accepted.payload.queryPassword, workstationId };
    const sealedBefore = seal(oldKey, fields);

    expect(await resetKey(hub.db, workstationId, null, '测试管理员', '硬盘损坏，密钥丢失')).toBe(true);
    // A new key is pinned at the next enrollment; the old one stays listed, retired.
    const replacement = newKey();
    const later = new Date(Date.now() + 1_000).toISOString();
    expect((await request(`${hub.url}/v1/enroll`, { json: enrollmentWithKey(replacement, workstationId, identity, later) })).status).toBe(
      201,
    );
    const listed = (await publishedKeys()).filter((key) => key.workstationId === workstationId);
    expect(listed).toEqual([
      { workstationId, province: '51', hallCode: identity.hall.code, publicKey: replacement.publicKey, algorithm: 'ecdsa-p256' },
      {
        workstationId,
        province: '51',
        hallCode: identity.hall.code,
        publicKey: oldKey.publicKey,
        algorithm: 'ecdsa-p256',
        retiredAt: expect.any(String),
      },
    ]);

    // Retired today, the receipt of a case numbered years ago still verifies, at the hub and offline.
    expect((await checkAtHub(sealedBefore)).body).toMatchObject({ valid: true });
    expect(await verifySealedQr(sealedBefore, await publishedKeys())).toMatchObject({ valid: true, key: { publicKey: oldKey.publicKey } });

    // Retired the day before the case's number: whoever kept the old key cannot seal that case.
    await hub.db.query('UPDATE retired_workstation_keys SET retired_at = $2::timestamptz WHERE workstation_id = $1', [
      workstationId,
      new Date(Date.parse(chinaDayStart(CASE_DAY)) - 3_600_000).toISOString(),
    ]);
    const refused = await checkAtHub(sealedBefore);
    expect(refused.status).toBe(404);
    expect(refused.body.reason).toMatch(/签章所用密钥已于2024-05-05停用/);
    expect(await verifySealedQr(sealedBefore, await publishedKeys())).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/停用/),
    });
    // Retired during the case's own day: a number names only the day, so that day still verifies.
    await hub.db.query('UPDATE retired_workstation_keys SET retired_at = $2::timestamptz WHERE workstation_id = $1', [
      workstationId,
      new Date(Date.parse(chinaDayStart(CASE_DAY)) + 3_600_000).toISOString(),
    ]);
    expect((await checkAtHub(sealedBefore)).body).toMatchObject({ valid: true });
    const nextDay = { ...fields, caseNumber: fields.caseNumber.replace('20240506', '20240507') };
    expect(await verifySealedQr(seal(oldKey, nextDay), await publishedKeys())).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/停用/),
    });
    // The new key seals any day.
    expect(await verifySealedQr(seal(replacement, nextDay), await publishedKeys())).toMatchObject({
      valid: true,
      key: { publicKey: replacement.publicKey },
    });
  });
});
