/**
 * The renderer's view of the Electron preload: `window.chuanyu`. Optional because in browser
 * mode there is no preload and the renderer talks to the HTTP host instead; either way it
 * gets the same BridgeApi.
 */
import type { BridgeApi } from './contract';
import type { BRIDGE_GLOBAL_NAME } from './methods';

declare global {
  interface Window {
    [BRIDGE_GLOBAL_NAME]?: BridgeApi;
  }
}

export {};
