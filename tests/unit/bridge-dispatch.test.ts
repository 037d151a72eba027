import { describe, expect, it } from 'vitest';
import { BridgeError, dispatchBridgeCall, type BridgeHandlers } from '../../shared/bridge/contract';

function handlers(overrides: Partial<BridgeHandlers> = {}): BridgeHandlers {
  const unused = async () => {
    throw new Error('handler must not run');
  };
  return {
    'app:info': async () => ({ shell: 'browser', version: '0.1.0', dataDir: '/tmp/x' }),
    'settings:get': unused,
    'settings:saveIdentity': unused,
    'sync:push': unused,
    'sync:pull': unused,
    'print:pdf': unused,
    'journal:append': unused,
    'journal:acknowledge': unused,
    'journal:pending': unused,
    'journal:status': unused,
    'receipt:seal': unused,
    ...overrides,
  } as BridgeHandlers;
}

describe('bridge dispatch', () => {
  it('runs the handler for a known channel with valid input', async () => {
    expect(await dispatchBridgeCall(handlers(), 'app:info', {})).toEqual({
      ok: true,
      value: { shell: 'browser', version: '0.1.0', dataDir: '/tmp/x' },
    });
  });

  it('refuses unknown channels, including prototype keys', async () => {
    expect(await dispatchBridgeCall(handlers(), 'fs:read', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await dispatchBridgeCall(handlers(), 'constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses bad input before the handler runs, with a Chinese message', async () => {
    const result = await dispatchBridgeCall(handlers(), 'settings:saveIdentity', { province: '11' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '请选择所属省市' } });
    const pdf = await dispatchBridgeCall(handlers(), 'print:pdf', { fileName: '../../etc/passwd.pdf', pdfBase64: 'JVBERi0x' });
    expect(pdf).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '文件名不合法' } });
  });

  it('passes a handler’s BridgeError through and wraps anything else', async () => {
    const failing = handlers({
      'app:info': async () => {
        throw new BridgeError('HUB_UNREACHABLE', '无法连接');
      },
    });
    expect(await dispatchBridgeCall(failing, 'app:info', {})).toEqual({
      ok: false,
      error: { code: 'HUB_UNREACHABLE', message: '无法连接' },
    });
    const crashing = handlers({
      'app:info': async () => {
        throw new TypeError('boom');
      },
    });
    expect(await dispatchBridgeCall(crashing, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
