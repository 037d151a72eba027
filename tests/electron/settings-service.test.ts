import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { defaultDocumentSettings } from '../../shared/domain/document-settings';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { settingsStoreOptions } from '../../electron/main/settings-store-options';
import type { StoredSettings } from '../../electron/settings/settings-schema';
import { createSettingsService } from '../../electron/settings/settings-service';

const JINJIANG: WorkstationIdentity = {
  province: '51',
  hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '028-00000000' },
  window: '3',
  clerk: '张晓燕',
};
const WUHOU: WorkstationIdentity = {
  ...JINJIANG,
  hall: { division: '510107', code: '51010701', name: '武侯区政务服务中心', phone: '' },
};
const SICHUAN_HUB = 'http://127.0.0.1:7151';

let dir: string;
let store: Conf<StoredSettings>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chuanyu-settings-'));
  // The same options electron-store gets in electron-settings-store.ts, on plain conf.
  store = new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings service on a real conf store', () => {
  it('starts from the defaults', () => {
    const settings = createSettingsService(store);
    expect(settings.read()).toEqual({
      identity: null,
      hubUrl: '',
      workstationId: null,
      hubToken: null,
      hubTokenTerm: null,
      printer: null,
      documents: null,
      holidayYears: [],
      idCardReader: 'auto',
      camera: null,
      cryptoSuite: 'ecdsa-p256-sha256',
    });
    expect(settings.view().enrolled).toBe(false);
  });

  it('mints the workstation id once and keeps it when the clerk moves to another hall', () => {
    const settings = createSettingsService(store);
    const first = settings.saveIdentity(JINJIANG, SICHUAN_HUB);
    expect(first.workstationId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);

    const moved = settings.saveIdentity(WUHOU, SICHUAN_HUB);
    expect(moved.workstationId).toBe(first.workstationId);
    expect(moved.identity?.hall.code).toBe('51010701');
  });

  it('keeps the id on disk: a new service over the same file reads it back', () => {
    const { workstationId } = createSettingsService(store).saveIdentity(JINJIANG, SICHUAN_HUB);
    const reopened = new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir });
    expect(createSettingsService(reopened).read().workstationId).toBe(workstationId);
  });

  it('drops the hub token when the hall changes, since it was issued for the old hall', () => {
    const settings = createSettingsService(store);
    settings.saveIdentity(JINJIANG, SICHUAN_HUB);
    settings.saveHubToken('t'.repeat(40), null);
    expect(settings.view().enrolled).toBe(true);

    settings.saveIdentity(WUHOU, SICHUAN_HUB);
    expect(settings.read().hubToken).toBeNull();
    expect(settings.view().enrolled).toBe(false);
  });

  it('keeps the hub token when the same hall is saved again (e.g. a new clerk name)', () => {
    const settings = createSettingsService(store);
    settings.saveIdentity(JINJIANG, SICHUAN_HUB);
    settings.saveHubToken('t'.repeat(40), null);

    settings.saveIdentity({ ...JINJIANG, clerk: '李明' }, SICHUAN_HUB);
    expect(settings.read().hubToken).toBe('t'.repeat(40));
    expect(settings.read().identity?.clerk).toBe('李明');
  });

  it('degrades a corrupted value to its default instead of failing', () => {
    const settings = createSettingsService(store);
    settings.saveIdentity(JINJIANG, SICHUAN_HUB);
    store.set('hubUrl', 42 as unknown as string);
    store.set('identity', { province: '99', hall: 'nonsense' } as unknown as WorkstationIdentity);
    store.set('printer', ['PDF'] as unknown as string);

    const read = settings.read();
    expect(read.hubUrl).toBe('');
    expect(read.identity).toBeNull();
    expect(read.printer).toBeNull();
    // Good keys survive the bad ones.
    expect(read.workstationId).toMatch(/^[0-9A-Z]{26}$/);
  });

  it('keeps the document settings and the printer the clerk saved in 设置', () => {
    const settings = createSettingsService(store);
    const documents = {
      ...defaultDocumentSettings('锦江区政务服务中心', '四川省成都市锦江区'),
      authorityName: '成都市锦江区行政审批局',
      supervisionPhone: '028-86661234',
    };
    settings.saveDocuments(documents);
    settings.savePrinter('PDF');
    const reopened = createSettingsService(new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir }));
    expect(reopened.view().documents).toEqual(documents);
    expect(reopened.view().printer).toBe('PDF');
    settings.savePrinter(null);
    expect(settings.read().printer).toBeNull();
  });

  it('keeps the ID-card reader chosen in 设置; a file without the choice or a bad one reads as 自动', () => {
    const settings = createSettingsService(store);
    settings.saveIdCardReader('simulator');
    const reopened = createSettingsService(new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir }));
    expect(reopened.read().idCardReader).toBe('simulator');
    store.set('idCardReader', 'usb' as unknown as StoredSettings['idCardReader']);
    expect(settings.read().idCardReader).toBe('auto');
    store.delete('idCardReader');
    expect(settings.read().idCardReader).toBe('auto');
  });

  it('keeps the document camera chosen at the window, and forgets a corrupt entry', () => {
    const settings = createSettingsService(store);
    const camera = { deviceId: 'c0ffee', label: 'USB 高拍仪 (1bcf:2c99)' };
    settings.saveCamera(camera);
    const reopened = createSettingsService(new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir }));
    expect(reopened.view().camera).toEqual(camera);
    store.set('camera', { deviceId: 42 } as unknown as StoredSettings['camera']);
    expect(settings.read().camera).toBeNull();
  });

  it('degrades corrupt document settings to none, so the defaults apply', () => {
    const settings = createSettingsService(store);
    store.set('documents', { issuerShortName: 'Jinjiang' } as unknown as StoredSettings['documents']);
    expect(settings.read().documents).toBeNull();
  });
});

describe('settings migrations', () => {
  it('upgrades a 1.0.0 settings file: identity kept, no document settings yet', () => {
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        identity: JINJIANG,
        hubUrl: SICHUAN_HUB,
        workstationId: null,
        hubToken: null,
        printer: 'PDF',
        __internal__: { migrations: { version: '1.0.0' } },
      }),
    );
    const upgraded = new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir });
    const settings = createSettingsService(upgraded);
    expect(settings.read().identity).toEqual(JINJIANG);
    expect(settings.read().printer).toBe('PDF');
    expect(settings.read().documents).toBeNull();
    expect(upgraded.has('documents')).toBe(true);
  });

  it('upgrades a 1.1.0 settings file: documents kept, no holiday years entered yet', () => {
    const file = join(dir, 'config.json');
    const documents = { ...defaultDocumentSettings('锦江区政务服务中心', '四川省成都市锦江区'), authorityName: '成都市锦江区行政审批局' };
    writeFileSync(
      file,
      JSON.stringify({
        identity: JINJIANG,
        hubUrl: SICHUAN_HUB,
        workstationId: null,
        hubToken: null,
        printer: null,
        documents,
        __internal__: { migrations: { version: '1.1.0' } },
      }),
    );
    const upgraded = new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir });
    const settings = createSettingsService(upgraded);
    expect(settings.read().documents).toEqual(documents);
    expect(upgraded.get('holidayYears')).toEqual([]);
    expect(settings.view().holidayYears).toEqual([]);
  });

  it('upgrades a 1.2.0 settings file: holiday years kept, no camera chosen yet', () => {
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        identity: JINJIANG,
        hubUrl: SICHUAN_HUB,
        workstationId: null,
        hubToken: null,
        printer: 'PDF',
        documents: null,
        holidayYears: [],
        __internal__: { migrations: { version: '1.2.0' } },
      }),
    );
    const upgraded = new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir });
    const settings = createSettingsService(upgraded);
    expect(settings.read().printer).toBe('PDF');
    expect(upgraded.has('camera')).toBe(true);
    expect(settings.view().camera).toBeNull();
  });

  it('upgrades a 1.3.0 settings file to the default crypto suite, then keeps what the hub announces', () => {
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        identity: JINJIANG,
        hubUrl: SICHUAN_HUB,
        workstationId: null,
        hubToken: 'T',
        printer: null,
        documents: null,
        holidayYears: [],
        camera: null,
        __internal__: { migrations: { version: '1.3.0' } },
      }),
    );
    const upgraded = new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir });
    const settings = createSettingsService(upgraded);
    expect(upgraded.get('cryptoSuite')).toBe('ecdsa-p256-sha256');
    expect(settings.read().hubToken).toBe('T');
    settings.saveCryptoSuite('sm2-sm3');
    expect(settings.view().cryptoSuite).toBe('sm2-sm3');
  });
});
