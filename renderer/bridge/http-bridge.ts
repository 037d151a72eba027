/**
 * Browser-mode end of the bridge: each method posts to the local host, which runs the same
 * handlers Electron's main process would. The per-launch token comes from a meta tag the
 * host writes into index.html.
 */
import { BRIDGE_METHODS, type BridgeApi, type BridgeMethod, type BridgeResult } from '../../shared/bridge/contract';

function bridgeToken(): string {
  const token = document.querySelector<HTMLMetaElement>('meta[name="chuanyu-bridge-token"]')?.content;
  if (!token) throw new Error('页面缺少桥接令牌：请通过工作站主机打开本页面');
  return token;
}

export function createHttpBridge(): BridgeApi {
  const token = bridgeToken();
  const call = async (channel: string, input: unknown): Promise<BridgeResult<unknown>> => {
    try {
      const response = await fetch(`/bridge/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as BridgeResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'HOST_UNREACHABLE', message: '无法连接本机工作站主机，请确认程序仍在运行' } };
    }
  };
  const entries = (Object.keys(BRIDGE_METHODS) as BridgeMethod[]).map((method) => [
    method,
    (input: unknown) => call(BRIDGE_METHODS[method], input),
  ]);
  return Object.fromEntries(entries) as BridgeApi;
}
