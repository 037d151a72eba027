/** HTTP client for a hub's operator API (/v1/admin/*), used by the operator CLI. */
import type { z } from 'zod';
import {
  forwardExceptionActionResultSchema,
  forwardExceptionActionsSchema,
  forwardExceptionsPageSchema,
  forwardingStatusSchema,
  type ForwardExceptionActionRequest,
  type ForwardExceptionActionResult,
  type ForwardExceptionActions,
  type ForwardExceptionsPage,
  type ForwardingStatus,
} from '../../shared/sync/forward-admin-protocol';
import { hubErrorSchema } from '../../shared/sync/protocol';

export class AdminRequestError extends Error {
  override name = 'AdminRequestError';
}

export interface AdminClient {
  status(): Promise<ForwardingStatus>;
  exceptions(cursor: string, limit?: number): Promise<ForwardExceptionsPage>;
  act(action: 'retry' | 'resolve', request: ForwardExceptionActionRequest): Promise<ForwardExceptionActionResult>;
  actions(eventId?: string): Promise<ForwardExceptionActions>;
}

export function createAdminClient(hubUrl: string, token: string): AdminClient {
  async function call<T>(path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, hubUrl), {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new AdminRequestError(`无法连接交换中心 ${hubUrl}：${error instanceof Error ? error.message : String(error)}`);
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const failure = hubErrorSchema.safeParse(json);
      const detail = failure.success ? `${failure.data.error.code} ${failure.data.error.message}` : '';
      throw new AdminRequestError(`交换中心返回 HTTP ${response.status}：${detail}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new AdminRequestError('交换中心的应答格式不正确');
    return parsed.data;
  }

  return {
    status: () => call('/v1/admin/forwarding', forwardingStatusSchema),
    exceptions: (cursor, limit = 100) =>
      call(`/v1/admin/forward-exceptions?cursor=${encodeURIComponent(cursor)}&limit=${limit}`, forwardExceptionsPageSchema),
    act: (action, request) => call(`/v1/admin/forward-exceptions:${action}`, forwardExceptionActionResultSchema, request),
    actions: (eventId) =>
      call(`/v1/admin/forward-exception-actions${eventId ? `?eventId=${encodeURIComponent(eventId)}` : ''}`, forwardExceptionActionsSchema),
  };
}
