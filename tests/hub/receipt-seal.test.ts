/**
 * Sealed receipts end to end without a browser: a workstation key seals a QR, the hub
 * publishes the key at enrollment, and anyone with the published list verifies offline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadWorkstationKey } from '../../electron/handlers/workstation-key';
import type { HubHandle } from '../../hub/start-hub';
import { formatSealedQr, receiptSealMessage, verifySealedQr, type PublishedKey } from '../../shared/domain/seal/receipt-seal';
import { publishedKeysResponseSchema } from '../../shared/sync/protocol';
import {
  createTestDatabase,
  describeEachEngine,
  enrollmentWithKey,
  identityFor,
  newHall,
  request,
  startTestHub,
  type TestDatabase,
} from './fixtures';

describeEachEngine('receipt seals', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  let profile: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
    profile = mkdtempSync(join(tmpdir(), 'seal-'));
  });

  afterAll(async () => {
    await hub.close();
    await database.drop();
    rmSync(profile, { recursive: true, force: true });
  });

  it('verifies a sealed receipt offline with the keys the hub published, and rejects tampering', async () => {
    const key = loadWorkstationKey(profile);
    expect(loadWorkstationKey(profile).publicKey).toBe(key.publicKey); // kept across restarts
    const identity = identityFor('51', newHall('510104'));
    const workstationId = ulid();
    const enrolled = await request(`${hub.url}/v1/enroll`, { json: enrollmentWithKey(key, workstationId, identity) });
    expect(enrolled.status).toBe(201);

    const published = publishedKeysResponseSchema.parse((await request(`${hub.url}/v1/keys`)).body);
    const keys: PublishedKey[] = published.keys;
    expect(keys.find((entry) => entry.workstationId === workstationId)?.publicKey).toBe(key.publicKey);

    const fields = { caseNumber: `${identity.hall.code}03202611290001`, queryPassword: '123456', workstationId };
    const qr = formatSealedQr(fields, key.sign(receiptSealMessage(fields)));
    expect(qr).toMatch(/^[0-9A-Z:]+$/); // QR alphanumeric mode
    expect(await verifySealedQr(qr, keys)).toMatchObject({ valid: true, fields });

    const forged = qr.replace(':123456:', ':654321:');
    expect(await verifySealedQr(forged, keys)).toMatchObject({ valid: false, reason: expect.stringContaining('签名校验失败') });
    const unknown = formatSealedQr({ ...fields, workstationId: ulid() }, key.sign(receiptSealMessage(fields)));
    expect(await verifySealedQr(unknown, keys)).toMatchObject({ valid: false, reason: expect.stringContaining('公钥') });
  });
});
