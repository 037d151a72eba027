import { describe, expect, it } from 'vitest';
import { bridgeContract } from '../../shared/bridge/contract';
import { isTrustedSenderFrame } from '../../electron/main/app-origin';
import { registerBridgeHandlers, type BridgeInvokeEvent, type IpcMainLike } from '../../electron/main/register-bridge-handlers';
import { fakeBridgeHandlers } from './fake-bridge-handlers';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const registered: string[] = [];
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      registered.push(channel);
      listeners.set(channel, listener);
    },
  };
  const invoke = (channel: string, senderUrl: string | null, input: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event: BridgeInvokeEvent = { senderFrame: senderUrl === null ? null : { url: senderUrl } };
    return listener(event, input);
  };
  return { ipcMain, registered, invoke };
}

function setUp() {
  const handlers = fakeBridgeHandlers();
  const ipc = fakeIpcMain();
  registerBridgeHandlers(ipc.ipcMain, handlers, (event) => isTrustedSenderFrame(event.senderFrame));
  return { handlers, ...ipc };
}

describe('registerBridgeHandlers', () => {
  it('registers exactly one handler per channel of the contract', () => {
    const { registered } = setUp();
    expect([...registered].sort()).toEqual(Object.keys(bridgeContract).sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it.each([
    ['another site', 'https://evil.example/index.html'],
    ['a look-alike host', 'app://workstation.evil.example/index.html'],
    ['a local file', 'file:///C:/Users/clerk/index.html'],
    ['a frame that is gone', null],
  ])('refuses a call from %s without running the handler', async (_name, senderUrl) => {
    const { handlers, invoke } = setUp();
    const result = await invoke('app:info', senderUrl, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/拒绝/);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('answers bad input from our own page with BAD_INPUT and does not run the handler', async () => {
    const { handlers, invoke } = setUp();
    const result = await invoke('settings:saveIdentity', 'app://workstation/index.html', { province: '99' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(handlers['settings:saveIdentity']).not.toHaveBeenCalled();
  });

  it('runs the handler for a good call from our own page and returns its value', async () => {
    const { handlers, invoke } = setUp();
    const result = await invoke('app:info', 'app://workstation/index.html#/cases', {});
    expect(result).toEqual({ ok: true, value: { shell: 'electron', version: '0.1.0', dataDir: '/data', enrollment: 'code' } });
    expect(handlers['app:info']).toHaveBeenCalledTimes(1);
  });

  it('passes the parsed input (with schema defaults) to the handler', async () => {
    const { handlers, invoke } = setUp();
    await invoke('sync:pull', 'app://workstation/', {});
    expect(handlers['sync:pull']).toHaveBeenCalledWith({ cursor: '0', limit: 200 });
  });
});
