/**
 * A workstation host follows its hub's crypto suite: against a 国密 (sm2-sm3) hub, a new
 * profile makes an SM2 key at its first enrollment, seals CYSM2 receipts that verify with the
 * keys the hub publishes, and tells the renderer to hash new events with SM3. A profile whose
 * ECDSA key the hub already pinned keeps sealing with it (its receipts stay verifiable).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/create-handlers';
import { loadWorkstationKey } from '../../electron/handlers/workstation-key';
import { SETTINGS_FILE_NAME, settingsStoreOptions } from '../../electron/main/settings-store-options';
import { createSettingsService } from '../../electron/settings/settings-service';
import type { HubHandle } from '../../hub/start-hub';
import { verifySealedQr, type PublishedKey } from '../../shared/domain/seal/receipt-seal';
import { createTestDatabase, ENROLLMENT_CODE, newHall, startTestHub, type TestDatabase } from '../hub/fixtures';
import { sameCodeForBoth } from '../../shared/sync/enrollment-codes';

let database: TestDatabase;
let hub: HubHandle;
const profiles: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  hub = await startTestHub('51', database.config, { cryptoSuite: 'sm2-sm3' });
});

afterAll(async () => {
  await hub.close();
  await database.drop();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

async function hostAt(profile: string) {
  const store = new Conf<Record<string, unknown>>({
    projectName: 'chuanyu-window',
    cwd: profile,
    configName: SETTINGS_FILE_NAME,
    ...settingsStoreOptions,
    defaults: { ...settingsStoreOptions.defaults },
  });
  const settings = createSettingsService(store);
  const handlers = createHandlers({
    shell: 'browser',
    version: 'test',
    dataDir: profile,
    settings,
    hubUrls: { '51': hub.url, '50': hub.url },
    enrollmentCodes: sameCodeForBoth(ENROLLMENT_CODE),
    printing: { osNamesDefault: true, listPrinters: async () => [], print: async () => null, openFolder: async () => false },
  });
  const hall = newHall('510104');
  await handlers['settings:saveIdentity']({ province: '51', hall, window: '3', clerk: '李明' });
  return { handlers, hall };
}

function newProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'suite-follow-'));
  profiles.push(profile);
  return profile;
}

async function publishedKeys(): Promise<PublishedKey[]> {
  const { keys } = (await (await fetch(`${hub.url}/v1/keys`)).json()) as { keys: PublishedKey[] };
  return keys;
}

describe('a workstation host against a 国密 hub', () => {
  it('makes an SM2 key at first enrollment, seals CYSM2 receipts and hashes new events with SM3', async () => {
    const profile = newProfile();
    const { handlers, hall } = await hostAt(profile);
    expect((await handlers['settings:get']({})).cryptoSuite).toBe('ecdsa-p256-sha256');

    await handlers['sync:pull']({ cursor: '0', limit: 10 });
    expect((await handlers['settings:get']({})).cryptoSuite).toBe('sm2-sm3');
    expect(statSync(join(profile, 'keys', 'workstation-sm2-key.json')).mode & 0o777).toBe(0o600);

    const { qr } = await handlers['receipt:seal']({ caseNumber: `${hall.code}20261207030001`, queryPassword: '482913' });
    expect(qr).toMatch(/^CYSM2:/);
    expect(await verifySealedQr(qr, await publishedKeys())).toMatchObject({ valid: true, algorithm: 'sm2' });
  });

  it('keeps sealing with an ECDSA key made before the change-over', async () => {
    const profile = newProfile();
    loadWorkstationKey(profile, 'ecdsa-p256');
    const { handlers, hall } = await hostAt(profile);
    await handlers['sync:pull']({ cursor: '0', limit: 10 });
    expect((await handlers['settings:get']({})).cryptoSuite).toBe('sm2-sm3');
    const { qr } = await handlers['receipt:seal']({ caseNumber: `${hall.code}20261207030002`, queryPassword: '482913' });
    expect(qr).toMatch(/^CYTB2:/);
    expect(await verifySealedQr(qr, await publishedKeys())).toMatchObject({ valid: true, algorithm: 'ecdsa-p256' });
  });
});
