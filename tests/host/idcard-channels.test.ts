/**
 * The ID-card reader through the browser-mode host: browser mode has no SDTAPI reader, so
 * 自动 answers "no reader" plainly; the administrator's 模拟器 choice is stored in the
 * profile and the simulator's cards come back through the shared schema; bad input is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardReadSchema, idCardReaderStatusSchema } from '../../shared/devices/id-card/id-card';
import { startSignedInHost, type SignedInHost } from './support/signed-in-host';

let host: SignedInHost;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'idcard-channels-'));
  host = await startSignedInHost(root);
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

describe('idcard channels through the browser-mode host', () => {
  it('has no hardware reader in browser mode: 自动 says so and a read fails as no-reader', async () => {
    const status = await host.call('idcard:status', {});
    expect(idCardReaderStatusSchema.parse(status.value)).toMatchObject({ mode: 'auto', device: 'none', connected: false });
    expect(String(status.value?.message)).toContain('没有身份证阅读器接口');
    const read = idCardReadSchema.parse((await host.call('idcard:read', {})).value);
    expect(read).toMatchObject({ ok: false, failure: 'no-reader' });
  });

  it('reads the simulator cards in order once 模拟器 is chosen, and keeps the choice across a restart', async () => {
    expect((await host.call('idcard:setMode', { mode: 'simulator' })).value).toMatchObject({
      mode: 'simulator',
      device: 'simulator',
      connected: true,
    });
    const names: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const read = idCardReadSchema.parse((await host.call('idcard:read', {})).value);
      if (!read.ok) throw new Error(read.message);
      expect(read.photo.kind).toBe('image');
      names.push(read.card.name);
    }
    expect(names).toEqual(['李䶮', '向秋月', '王建国', '陈淑芬', '李䶮']);
    await host.restart();
    expect((await host.call('idcard:status', {})).value).toMatchObject({ mode: 'simulator' });
  });

  it('turns the reader off with 无', async () => {
    expect((await host.call('idcard:setMode', { mode: 'none' })).value).toMatchObject({ mode: 'none', device: 'none', connected: false });
    expect((await host.call('idcard:read', {})).value).toMatchObject({
      ok: false,
      failure: 'no-reader',
      message: '身份证阅读器已关闭（可在“设置”中开启）',
    });
  });

  it('refuses an unknown mode and extra input with Chinese messages', async () => {
    expect((await host.call('idcard:setMode', { mode: 'usb' })).error).toEqual({
      code: 'BAD_INPUT',
      message: '读卡器只能选 自动、模拟器 或 无',
    });
    expect((await host.call('idcard:read', { port: 1001 })).error?.code).toBe('BAD_INPUT');
  });
});
