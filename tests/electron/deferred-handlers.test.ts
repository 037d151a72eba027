import { describe, expect, it } from 'vitest';
import type { BridgeHandlers } from '../../shared/bridge/contract';
import { deferHandlers } from '../../electron/main/deferred-handlers';
import { fakeBridgeHandlers } from './fake-bridge-handlers';

describe('deferHandlers', () => {
  it('holds calls until the real handlers exist, then forwards them to the same channel', async () => {
    const real = fakeBridgeHandlers();
    let becomeReady: (handlers: BridgeHandlers) => void = () => {};
    const deferred = deferHandlers(new Promise<BridgeHandlers>((resolve) => (becomeReady = resolve)));

    const pending = deferred['sync:pull']({ cursor: '5', limit: 10 });
    await Promise.resolve();
    expect(real['sync:pull']).not.toHaveBeenCalled();

    becomeReady(real);
    await expect(pending).resolves.toEqual({ changes: [], nextCursor: '0', hasMore: false });
    expect(real['sync:pull']).toHaveBeenCalledWith({ cursor: '5', limit: 10 });
    expect(real['sync:push']).not.toHaveBeenCalled();
  });

  it('has a handler for every channel', async () => {
    const deferred = deferHandlers(Promise.resolve(fakeBridgeHandlers()));
    await expect(deferred['app:info']({})).resolves.toMatchObject({ shell: 'electron' });
    expect(Object.keys(deferred).sort()).toEqual(Object.keys(fakeBridgeHandlers()).sort());
  });
});
