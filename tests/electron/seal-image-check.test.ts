/**
 * The seal image is checked by decoding it before 设置 stores it, and a stored seal that does
 * not decode is left out of documents instead of breaking every 受理回执.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BridgeError } from '../../shared/bridge/contract';
import { defaultDocumentSettings } from '../../shared/domain/document-settings';
import { settingsStoreOptions } from '../../electron/main/settings-store-options';
import { SEAL_MAX_SIDE, sealImageProblem } from '../../electron/settings/seal-image-check';
import type { StoredSettings } from '../../electron/settings/settings-schema';
import { createSettingsService } from '../../electron/settings/settings-service';
import { sampleSealImage } from '../fixtures/seal-image';

const PREFIX = 'data:image/png;base64,';
const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.slice(PREFIX.length), 'base64');
const dataUrlOf = (bytes: Buffer) => `${PREFIX}${bytes.toString('base64')}`;

/** The sample seal with its IHDR claiming another size (CRC fixed up is not needed: size is checked first). */
function claimingSize(width: number, height: number): string {
  const bytes = Buffer.from(bytesOf(sampleSealImage(64)));
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return dataUrlOf(bytes);
}

describe('sealImageProblem', () => {
  it('accepts a real PNG seal', () => {
    expect(sealImageProblem(sampleSealImage())).toBeNull();
  });

  it('refuses a file that only starts like a PNG', () => {
    expect(sealImageProblem(dataUrlOf(Buffer.from('\x89PNG\r\n\x1a\n but nothing else', 'latin1')))).toBe(
      '印章图片不是有效的 PNG 文件，请重新导出后再选择',
    );
    expect(sealImageProblem(dataUrlOf(Buffer.from('GIF89a................................')))).toBe(
      '印章图片不是有效的 PNG 文件，请重新导出后再选择',
    );
  });

  it('refuses a PNG whose pixels are damaged (chunk CRC or compressed data)', () => {
    const bytes = Buffer.from(bytesOf(sampleSealImage(64)));
    const idat = bytes.indexOf('IDAT');
    bytes[idat + 10] = bytes[idat + 10]! ^ 0xff;
    expect(sealImageProblem(dataUrlOf(bytes))).toBe('印章图片已损坏，无法解码，请重新导出后再选择');
    expect(sealImageProblem(dataUrlOf(bytesOf(sampleSealImage(64)).subarray(0, 200)))).toBe('印章图片已损坏，无法解码，请重新导出后再选择');
  });

  it('refuses a canvas too large or too small, by its header, without decoding it', () => {
    expect(sealImageProblem(claimingSize(100_000, 100_000))).toBe(
      `印章图片尺寸应在 16～${SEAL_MAX_SIDE} 像素之间（所选图片 100000×100000）`,
    );
    expect(sealImageProblem(claimingSize(8, 240))).toContain('（所选图片 8×240）');
  });
});

describe('settings service and the seal', () => {
  let dir: string;
  let store: Conf<StoredSettings>;
  const documents = { ...defaultDocumentSettings('锦江区政务服务中心', '四川省成都市锦江区'), authorityName: '成都市锦江区行政审批局' };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seal-settings-'));
    store = new Conf<StoredSettings>({ ...settingsStoreOptions, projectName: 'chuanyu-test', cwd: dir });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stores a good seal and shows it', () => {
    const settings = createSettingsService(store);
    const seal = sampleSealImage();
    settings.saveDocuments({ ...documents, sealImage: seal });
    expect(settings.view().documents?.sealImage).toBe(seal);
  });

  it('refuses a bad seal with the reason and keeps what was stored', () => {
    const settings = createSettingsService(store);
    const seal = sampleSealImage();
    settings.saveDocuments({ ...documents, sealImage: seal });
    let refused: unknown;
    try {
      settings.saveDocuments({ ...documents, sealImage: claimingSize(5000, 5000) });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BridgeError);
    expect(refused).toMatchObject({ code: 'BAD_SEAL_IMAGE', message: expect.stringContaining('5000×5000') });
    expect(settings.read().documents?.sealImage).toBe(seal);
  });

  it('leaves a stored seal that does not decode out of the documents, keeping the other settings', () => {
    // As saved by an earlier version that only checked the data URL's prefix.
    store.set('documents', { ...documents, sealImage: dataUrlOf(Buffer.from('\x89PNG\r\n\x1a\nbroken', 'latin1')) });
    const view = createSettingsService(store).view();
    expect(view.documents).toEqual({ ...documents, sealImage: null });
  });
});
