/**
 * The host's HTTP client for its province hub. The renderer never holds the hub URL or
 * token: it asks the host through the bridge, and the host signs requests here.
 */
import type { z } from 'zod';
import { BridgeError } from '../../shared/bridge/contract';
import {
  caseLogResponseSchema,
  type CaseLogResponse,
  changesResponseSchema,
  changesWaitResponseSchema,
  type ChangesWaitQuery,
  type ChangesWaitResponse,
  lastCaseNumberResponseSchema,
  type LastCaseNumberResponse,
  documentNumberLeaseSchema,
  enrollResponseSchema,
  healthResponseSchema,
  type HealthResponse,
  type DocumentNumberLease,
  type DocumentNumberLeaseRequest,
  hubErrorSchema,
  pushResponseSchema,
  type ChangesQuery,
  type ChangesResponse,
  type EnrollRequest,
  type EnrollResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/protocol';
import { deliveryCheckResponseSchema, type DeliveryCheckRequest, type DeliveryCheckResponse } from '../../shared/sync/delivery-protocol';
import { renewResponseSchema, type RenewRequest } from '../../shared/sync/enrollment-ticket-protocol';
import { createScanHubClient, type ScanHubClient } from './scan-hub-client';

const REQUEST_TIMEOUT_MS = 15_000;
/** A wait may take its whole `waitMs` at the hub; this much more is left for the trip. */
const WAIT_MARGIN_MS = 10_000;

export interface HubClient extends ScanHubClient {
  /** Public: the hub's province and crypto suite, asked before a first key is made. */
  health(): Promise<HealthResponse>;
  enroll(request: EnrollRequest): Promise<EnrollResponse>;
  /** A fresh token for a fresh proof signed with the pinned key (no ticket, no code). */
  renew(request: RenewRequest): Promise<{ token: string; expiresAt: string }>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, query: ChangesQuery): Promise<ChangesResponse>;
  /** Long-polls the hub until its feed has news after the cursor (or waitMs passes). */
  waitForChanges(token: string, query: ChangesWaitQuery): Promise<ChangesWaitResponse>;
  leaseDocumentNumbers(token: string, request: DocumentNumberLeaseRequest): Promise<DocumentNumberLease>;
  fetchCaseLog(token: string, caseId: string): Promise<CaseLogResponse>;
  lastCaseNumber(token: string, date: string): Promise<LastCaseNumberResponse>;
  /** Which acknowledged events the hub lacks (shared/sync/delivery-protocol.ts). */
  checkDelivered(token: string, request: DeliveryCheckRequest): Promise<DeliveryCheckResponse>;
}

export function createHubClient(baseUrl: string): HubClient {
  async function call<T>(path: string, schema: z.ZodType<T>, init: RequestInit, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, baseUrl), { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      throw new BridgeError('HUB_UNREACHABLE', `无法连接省级交换平台（${baseUrl}），办件已保存在本机，网络恢复后自动同步`);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const failure = hubErrorSchema.safeParse(body);
      const code = response.status === 401 ? 'HUB_UNAUTHORIZED' : failure.success ? failure.data.error.code : 'HUB_ERROR';
      const message = failure.success ? failure.data.error.message : `交换平台返回错误（HTTP ${response.status}）`;
      throw new BridgeError(code, message);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new BridgeError('HUB_BAD_RESPONSE', '交换平台的应答格式不正确');
    return parsed.data;
  }

  const json = (token: string | null, body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

  return {
    ...createScanHubClient(baseUrl),
    health: () => call('/v1/health', healthResponseSchema, {}),
    enroll: (request) => call('/v1/enroll', enrollResponseSchema, json(null, request)),
    renew: (request) => call('/v1/enroll:renew', renewResponseSchema, json(null, request)),
    push: (token, request) => call('/v1/events:push', pushResponseSchema, json(token, request)),
    checkDelivered: (token, request) => call('/v1/events:missing', deliveryCheckResponseSchema, json(token, request)),
    leaseDocumentNumbers: (token, request) => call('/v1/document-numbers', documentNumberLeaseSchema, json(token, request)),
    fetchCaseLog: (token, caseId) =>
      call(`/v1/cases/${encodeURIComponent(caseId)}/events`, caseLogResponseSchema, { headers: { authorization: `Bearer ${token}` } }),
    lastCaseNumber: (token, date) =>
      call(`/v1/case-numbers/last?date=${encodeURIComponent(date)}`, lastCaseNumberResponseSchema, {
        headers: { authorization: `Bearer ${token}` },
      }),
    pull: (token, query) => {
      const replica = query.replicaId ? `&replicaId=${encodeURIComponent(query.replicaId)}` : '';
      return call(`/v1/changes?cursor=${encodeURIComponent(query.cursor)}&limit=${query.limit}${replica}`, changesResponseSchema, {
        headers: { authorization: `Bearer ${token}` },
      });
    },
    waitForChanges: (token, query) =>
      call(
        `/v1/changes/wait?cursor=${encodeURIComponent(query.cursor)}&waitMs=${query.waitMs}`,
        changesWaitResponseSchema,
        { headers: { authorization: `Bearer ${token}` } },
        query.waitMs + WAIT_MARGIN_MS,
      ),
  };
}
