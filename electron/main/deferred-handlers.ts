/**
 * Bridge handlers that exist before the hubs are known. The window and its IPC are up at
 * once; a call that arrives while the embedded hubs are still starting waits for them
 * instead of failing with "no handler registered".
 */
import type { BridgeChannel, BridgeHandlers } from '../../shared/bridge/contract';
import { BRIDGE_CHANNELS } from './register-bridge-handlers';

export function deferHandlers(ready: Promise<BridgeHandlers>): BridgeHandlers {
  const forward = (channel: BridgeChannel) => async (input: unknown) => {
    const handler = (await ready)[channel] as (input: unknown) => Promise<unknown>;
    return handler(input);
  };
  // Each entry forwards to the real handler of the same channel, so its types carry over.
  return Object.fromEntries(BRIDGE_CHANNELS.map((channel) => [channel, forward(channel)])) as BridgeHandlers;
}
