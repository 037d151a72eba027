/**
 * 设置 through the browser-mode host: document settings and the printer are validated with
 * the shared schema (Chinese messages), stored in the profile and read back by settings:get;
 * only a signed-in 系统管理员 may change them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDocumentSettings } from '../../shared/domain/document-settings';
import { startSignedInHost, type SignedInHost } from './support/signed-in-host';
import { sampleSealImage } from '../fixtures/seal-image';

let host: SignedInHost;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'settings-channels-'));
  host = await startSignedInHost(root);
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

const call = (channel: string, input: unknown) => host.call<Record<string, unknown>>(channel, input);

const JINJIANG = {
  ...defaultDocumentSettings('锦江区政务服务中心', '四川省成都市锦江区'),
  authorityName: '成都市锦江区行政审批局',
  supervisionPhone: '028-86661234',
};
const SEAL_PNG = sampleSealImage(64);
const ONE_PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('设置 channels through the browser-mode host', () => {
  it('starts without document settings', async () => {
    expect((await call('settings:get', {})).value).toMatchObject({ documents: null, printer: null });
  });

  it('stores document settings with a seal image and reads them back', async () => {
    const saved = await call('settings:saveDocuments', { ...JINJIANG, sealImage: SEAL_PNG });
    expect(saved.ok).toBe(true);
    expect((await call('settings:get', {})).value?.documents).toEqual({ ...JINJIANG, sealImage: SEAL_PNG });
  });

  it('refuses bad document settings with the shared Chinese messages', async () => {
    expect((await call('settings:saveDocuments', { ...JINJIANG, issuerShortName: 'JJ' })).error?.message).toBe('机关简称应为2至8个汉字');
    expect((await call('settings:saveDocuments', { ...JINJIANG, sealImage: 'data:image/jpeg;base64,AAAA' })).error?.message).toBe(
      '印章图片应为 PNG 格式',
    );
    const huge = `data:image/png;base64,${'A'.repeat(500 * 1024)}`;
    expect((await call('settings:saveDocuments', { ...JINJIANG, sealImage: huge })).error?.message).toBe('印章图片不超过 300 KB');
    // Decoded by the host before it is stored: a dot or a file that only looks like a PNG.
    expect((await call('settings:saveDocuments', { ...JINJIANG, sealImage: ONE_PIXEL_PNG })).error?.message).toBe(
      '印章图片尺寸应在 16～2000 像素之间（所选图片 1×1）',
    );
    const fake = `data:image/png;base64,${Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x40\0\0\0\x40 and no pixels', 'latin1').toString('base64')}`;
    expect((await call('settings:saveDocuments', { ...JINJIANG, sealImage: fake })).error?.message).toBe(
      '印章图片已损坏，无法解码，请重新导出后再选择',
    );
  });

  it('stores the printer, and null for the system default', async () => {
    expect((await call('settings:savePrinter', { printer: 'PDF' })).value?.printer).toBe('PDF');
    expect((await call('settings:savePrinter', { printer: '-o evil' })).error?.message).toBe('打印机名称不合法');
    expect((await call('settings:savePrinter', { printer: null })).value?.printer).toBeNull();
  });

  it('stores the document camera a clerk picked, refusing one without an id', async () => {
    const camera = { deviceId: 'f3a9', label: 'Document Camera' };
    expect((await call('settings:saveCamera', { camera })).value?.camera).toEqual(camera);
    expect((await call('settings:get', {})).value?.camera).toEqual(camera);
    expect((await call('settings:saveCamera', { camera: { deviceId: ' ', label: 'x' } })).error?.message).toBe('请选择摄像头');
    expect((await call('settings:saveCamera', { camera: null })).value?.camera).toBeNull();
  });

  it('lists printers as an array, empty when CUPS is absent', async () => {
    const listed = await call('print:printers', {});
    expect(listed.ok).toBe(true);
    expect(Array.isArray(listed.value?.printers)).toBe(true);
  });
});
