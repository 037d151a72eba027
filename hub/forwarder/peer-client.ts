/** HTTP client for the peer hub's /v1/exchange/forward. */
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { forwardResendResponseSchema } from '../../shared/sync/delivery-protocol';
import { hubErrorSchema, pushResponseSchema, type PushResponse } from '../../shared/sync/protocol';

/**
 * `peer`: the peer hub as a whole did not answer usefully (unreachable, 5xx, bad secret,
 * busy, malformed reply): back off and try the same batch later.
 * `content`: the peer refused this batch's body (400, 413, 422): something in it cannot be
 * taken, so retrying it unchanged would fail forever; the sender narrows it down.
 */
export class PeerDeliveryError extends Error {
  override name = 'PeerDeliveryError';
  constructor(
    readonly kind: 'peer' | 'content',
    message: string,
  ) {
    super(message);
  }
}

const CONTENT_STATUSES: ReadonlySet<number> = new Set([400, 413, 422]);

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
    throw new PeerDeliveryError('peer', `无法连接对端交换中心：${reason}`);
  }
  const text = await response.text().catch(() => '');
  const json = safeJson(text);
  if (!response.ok) {
    const hubError = hubErrorSchema.safeParse(json);
    const detail = hubError.success ? `${hubError.data.error.code} ${hubError.data.error.message}` : text.slice(0, 200);
    const kind = CONTENT_STATUSES.has(response.status) ? 'content' : 'peer';
    throw new PeerDeliveryError(kind, `对端交换中心返回 HTTP ${response.status}：${detail}`);
  }
  const parsed = pushResponseSchema.safeParse(json);
  if (!parsed.success) throw new PeerDeliveryError('peer', '对端交换中心的应答格式不正确');
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Asks the peer hub to forward again what it sent from `since` on (this hub was restored). */
export async function askPeerToResend(peerUrl: string, peerSecret: string, since: string, signal: AbortSignal): Promise<number> {
  let response: Response;
  try {
    response = await fetch(`${peerUrl.replace(/\/+$/, '')}/v1/exchange/resend`, {
      method: 'POST',
      headers: { authorization: `Bearer ${peerSecret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ since }),
      signal,
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new PeerDeliveryError('peer', `无法连接对端交换中心：${reason}`);
  }
  const parsed = forwardResendResponseSchema.safeParse(safeJson(await response.text().catch(() => '')));
  if (!response.ok || !parsed.success) throw new PeerDeliveryError('peer', `对端交换中心未接受补发请求（HTTP ${response.status}）`);
  return parsed.data.requeued;
}
