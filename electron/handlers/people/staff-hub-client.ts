/**
 * The host's client for the hub's staff endpoints (shared/sync/staff-protocol.ts) and the
 * other person-scoped hub calls: the workstation's token always, the person's session
 * token when one is given. Hub refusals become BridgeErrors with the hub's code and message.
 */
import type { z } from 'zod';
import { BridgeError } from '../../../shared/bridge/contract';
import { hubErrorSchema } from '../../../shared/sync/protocol';
import { STAFF_SESSION_HEADER } from '../../../shared/sync/staff-protocol';

const REQUEST_TIMEOUT_MS = 15_000;

const WORKSTATION_TOKEN_REFUSALS = new Set(['BAD_TOKEN', 'TOKEN_EXPIRED', 'TOKEN_REVOKED']);
export interface StaffCall {
  token: string;
  session?: string | null;
  method?: 'GET' | 'POST';
  body?: unknown;
}

export type StaffHubCall = <T>(path: string, schema: z.ZodType<T> | null, call: StaffCall) => Promise<T>;

export function createStaffHubClient(baseUrl: string): StaffHubCall {
  return async <T>(path: string, schema: z.ZodType<T> | null, call: StaffCall): Promise<T> => {
    const headers: Record<string, string> = { authorization: `Bearer ${call.token}` };
    if (call.session) headers[STAFF_SESSION_HEADER] = call.session;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(new URL(path, baseUrl), {
        method: call.method ?? (call.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new BridgeError('HUB_UNREACHABLE', `无法连接省级交换平台（${baseUrl}）`);
    }
    const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const failure = hubErrorSchema.safeParse(body);
      const hubCode = failure.success ? failure.data.error.code : 'HUB_ERROR';
      // A bad, expired or revoked workstation token is the enrollment's business (withHub
      // renews or re-enrolls); a person's 401 (wrong password, expired session) is the
      // person's and keeps its own code.
      const code = response.status === 401 && WORKSTATION_TOKEN_REFUSALS.has(hubCode) ? 'HUB_UNAUTHORIZED' : hubCode;
      throw new BridgeError(code, failure.success ? failure.data.error.message : `交换平台返回错误（HTTP ${response.status}）`);
    }
    if (schema === null) return undefined as T;
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new BridgeError('HUB_BAD_RESPONSE', '交换平台的应答格式不正确');
    return parsed.data;
  };
}
