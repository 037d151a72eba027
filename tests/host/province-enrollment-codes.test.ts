/**
 * A workstation host holding one enrollment code per province (the embedded pair's) presents
 * its own province's code to its own province's hub, and never the other province's: a
 * 重庆 window enrolls at the 重庆 hub with 重庆's code, and a host that holds only 四川's
 * code asks a 重庆 window for a ticket instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/create-handlers';
import { SETTINGS_FILE_NAME, settingsStoreOptions } from '../../electron/main/settings-store-options';
import { createSettingsService } from '../../electron/settings/settings-service';
import type { HubHandle } from '../../hub/start-hub';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { EnrollmentCodes } from '../../shared/sync/enrollment-codes';
import { createTestDatabase, newHall, startTestHub, type TestDatabase } from '../hub/fixtures';

const SICHUAN_CODE = '511111111111';
const CHONGQING_CODE = '500000000000';

const databases: TestDatabase[] = [];
const hubs = {} as Record<ProvinceCode, HubHandle>;
const profiles: string[] = [];

beforeAll(async () => {
  for (const [province, enrollmentCode] of [
    ['51', SICHUAN_CODE],
    ['50', CHONGQING_CODE],
  ] as const) {
    const database = await createTestDatabase('pglite');
    databases.push(database);
    hubs[province] = await startTestHub(province, database.config, { enrollmentCode });
  }
});

afterAll(async () => {
  await Promise.all(Object.values(hubs).map((hub) => hub.close()));
  await Promise.all(databases.map((database) => database.drop()));
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

function hostWith(enrollmentCodes: EnrollmentCodes) {
  const profile = mkdtempSync(join(tmpdir(), 'province-codes-'));
  profiles.push(profile);
  const store = new Conf<Record<string, unknown>>({
    projectName: 'chuanyu-window',
    cwd: profile,
    configName: SETTINGS_FILE_NAME,
    ...settingsStoreOptions,
    defaults: { ...settingsStoreOptions.defaults },
  });
  return createHandlers({
    shell: 'browser',
    version: 'test',
    dataDir: profile,
    settings: createSettingsService(store),
    hubUrls: { '51': hubs['51'].url, '50': hubs['50'].url },
    enrollmentCodes,
    printing: { osNamesDefault: true, listPrinters: async () => [], print: async () => null, openFolder: async () => false },
  });
}

async function enrolledWorkstationIds(province: ProvinceCode): Promise<string[]> {
  const rows = await hubs[province].db.query<{ id: string }>('SELECT id FROM workstations');
  return rows.map((row) => row.id);
}

describe('a host with one enrollment code per province', () => {
  it("enrolls each window at its own province's hub with that province's code", async () => {
    for (const [province, division] of [
      ['51', '510104'],
      ['50', '500103'],
    ] as const) {
      const handlers = hostWith({ '51': SICHUAN_CODE, '50': CHONGQING_CODE });
      await handlers['settings:saveIdentity']({ province, hall: newHall(division), window: '3', clerk: '李明' });
      expect(await handlers['sync:pull']({ cursor: '0', limit: 10 })).toMatchObject({ changes: [] });
      const { workstationId } = await handlers['settings:get']({});
      expect(await enrolledWorkstationIds(province)).toContain(workstationId);
    }
    expect((await hostWith({ '51': SICHUAN_CODE, '50': CHONGQING_CODE })['app:info']({})).enrollment).toBe('code');
  });

  it("never offers the other province's code: without its own, a window needs a ticket", async () => {
    const handlers = hostWith({ '51': SICHUAN_CODE });
    expect((await handlers['app:info']({})).enrollment).toBe('ticket');
    await handlers['settings:saveIdentity']({ province: '50', hall: newHall('500103'), window: '4', clerk: '王芳' });
    await expect(handlers['sync:pull']({ cursor: '0', limit: 10 })).rejects.toMatchObject({ code: 'NOT_ENROLLED' });
    const { workstationId } = await handlers['settings:get']({});
    expect(await enrolledWorkstationIds('50')).not.toContain(workstationId);
  });
});
