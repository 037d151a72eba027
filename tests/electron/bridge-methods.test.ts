import { describe, expect, it } from 'vitest';
import { bridgeContract, BRIDGE_METHODS as REEXPORTED } from '../../shared/bridge/contract';
import { BRIDGE_GLOBAL_NAME, BRIDGE_METHODS } from '../../shared/bridge/methods';

describe('the preload method map', () => {
  it('covers every bridge channel exactly once', () => {
    const channels = Object.values(BRIDGE_METHODS);
    expect([...channels].sort()).toEqual(Object.keys(bridgeContract).sort());
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('is the same map the contract exports', () => {
    expect(REEXPORTED).toBe(BRIDGE_METHODS);
  });

  it('exposes the bridge as window.chuanyu', () => {
    expect(BRIDGE_GLOBAL_NAME).toBe('chuanyu');
  });
});
