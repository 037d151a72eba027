/**
 * The renderer's one bridge: Electron's preload (`window.chuanyu`) when present, otherwise
 * the browser-mode HTTP host. Nothing else in the renderer knows which end it talks to.
 */
import type { BridgeApi, BridgeResult } from '../../shared/bridge/contract';
import { createHttpBridge } from './http-bridge';

let instance: BridgeApi | undefined;

export function bridge(): BridgeApi {
  instance ??= (globalThis as { chuanyu?: BridgeApi }).chuanyu ?? createHttpBridge();
  return instance;
}

/** Unwraps a bridge result, throwing its Chinese message for the UI to show. */
export function unwrap<T>(result: BridgeResult<T>): T {
  if (!result.ok) throw new BridgeCallError(result.error.code, result.error.message);
  return result.value;
}

export class BridgeCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeCallError';
  }
}
