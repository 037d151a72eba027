/** HTTP client for the peer hub's /v1/exchange/forward. */
import type { CaseEvent } from '../../shared/domain/case-events';
import { hubErrorSchema, pushResponseSchema, type PushResponse } from '../../shared/sync/protocol';

export class PeerDeliveryError extends Error {
  override name = 'PeerDeliveryError';
}

export async function postToPeer(
  peerUrl: string,
  peerSecret: string,
  events: readonly CaseEvent[],
  signal: AbortSignal,
): Promise<PushResponse> {
  let response: Response;
  try {
    response = await fetch(`${peerUrl.replace(/\/+$/, '')}/v1/exchange/forward`, {
      method: 'POST',
      headers: { authorization: `Bearer ${peerSecret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events }),
      signal,
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new PeerDeliveryError(`无法连接对端交换中心：${reason}`);
  }
  const text = await response.text();
  const json = safeJson(text);
  if (!response.ok) {
    const hubError = hubErrorSchema.safeParse(json);
    const detail = hubError.success ? `${hubError.data.error.code} ${hubError.data.error.message}` : text.slice(0, 200);
    throw new PeerDeliveryError(`对端交换中心返回 HTTP ${response.status}：${detail}`);
  }
  const parsed = pushResponseSchema.safeParse(json);
  if (!parsed.success) throw new PeerDeliveryError('对端交换中心的应答格式不正确');
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
