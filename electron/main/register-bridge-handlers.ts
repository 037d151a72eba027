/**
 * The one place bridge channels are registered with ipcMain: one handler per channel of
 * the contract, each refusing callers that are not our own page before anything is parsed
 * or run. Takes an ipcMain-like object so tests drive it without Electron.
 */
import {
  bridgeContract,
  dispatchBridgeCall,
  type BridgeChannel,
  type BridgeHandlers,
  type BridgeResult,
} from '../../shared/bridge/contract';
import type { SenderFrameLike } from './app-origin';

/** The part of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface BridgeInvokeEvent {
  readonly senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: BridgeInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export type SenderCheck = (event: BridgeInvokeEvent) => boolean;

const UNTRUSTED_SENDER: BridgeResult<never> = {
  ok: false,
  error: { code: 'UNTRUSTED_SENDER', message: '拒绝调用：请求不是来自工作站页面' },
};

export const BRIDGE_CHANNELS = Object.keys(bridgeContract) as BridgeChannel[];

export function registerBridgeHandlers(ipcMain: IpcMainLike, handlers: BridgeHandlers, isTrustedSender: SenderCheck): void {
  for (const channel of BRIDGE_CHANNELS) {
    ipcMain.handle(channel, async (event, rawInput) => {
      if (!isTrustedSender(event)) return UNTRUSTED_SENDER;
      return dispatchBridgeCall(handlers, channel, rawInput);
    });
  }
}
