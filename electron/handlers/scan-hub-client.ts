/**
 * The host's client for the hub's scan endpoints (shared/sync/scan-protocol.ts), signed
 * with the workstation's token like the rest of hub-client.ts. Chunks go up and come down
 * as raw bytes; hub refusals become BridgeErrors carrying the hub's code and Chinese reason.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { BridgeError } from '../../shared/bridge/contract';
import type { ScanReference } from '../../shared/domain/matter/application';
import { hubErrorSchema } from '../../shared/sync/protocol';
import {
  CHUNK_SHA256_HEADER,
  chunkReceiptSchema,
  scanInfoSchema,
  scanUploadStateSchema,
  type ChunkReceipt,
  type ScanInfo,
  type ScanUploadState,
} from '../../shared/sync/scan-protocol';

const REQUEST_TIMEOUT_MS = 60_000;

export interface ScanHubClient {
  beginScanUpload(token: string, caseId: string, scan: ScanReference): Promise<ScanUploadState>;
  putScanChunk(token: string, caseId: string, sha256: string, offset: number, data: Uint8Array): Promise<ChunkReceipt>;
  completeScanUpload(token: string, caseId: string, sha256: string): Promise<ScanUploadState>;
  scanInfo(token: string, caseId: string, sha256: string): Promise<ScanInfo>;
  readScanChunk(token: string, caseId: string, sha256: string, offset: number): Promise<Uint8Array>;
}

export function createScanHubClient(baseUrl: string): ScanHubClient {
  const scanPath = (caseId: string, sha256: string) => `/v1/cases/${caseId}/scans/${sha256}`;

  async function send(path: string, token: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(new URL(path, baseUrl), {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new BridgeError('HUB_UNREACHABLE', `无法连接省级交换平台（${baseUrl}），扫描件已保存在本机，网络恢复后自动上传`);
    }
    if (response.ok) return response;
    const failure = hubErrorSchema.safeParse(await response.json().catch(() => null));
    const code = response.status === 401 ? 'HUB_UNAUTHORIZED' : failure.success ? failure.data.error.code : 'HUB_ERROR';
    throw new BridgeError(code, failure.success ? failure.data.error.message : `交换平台返回错误（HTTP ${response.status}）`);
  }

  async function json<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new BridgeError('HUB_BAD_RESPONSE', '交换平台的应答格式不正确');
    return parsed.data;
  }

  const post = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  return {
    beginScanUpload: async (token, caseId, scan) => json(await send(`/v1/cases/${caseId}/scans`, token, post(scan)), scanUploadStateSchema),
    putScanChunk: async (token, caseId, sha256, offset, data) =>
      json(
        await send(`${scanPath(caseId, sha256)}/chunks/${offset}`, token, {
          method: 'PUT',
          headers: { 'content-type': 'application/octet-stream', [CHUNK_SHA256_HEADER]: createHash('sha256').update(data).digest('hex') },
          body: new Uint8Array(data),
        }),
        chunkReceiptSchema,
      ),
    completeScanUpload: async (token, caseId, sha256) =>
      json(await send(`${scanPath(caseId, sha256)}/complete`, token, post({})), scanUploadStateSchema),
    scanInfo: async (token, caseId, sha256) => json(await send(scanPath(caseId, sha256), token, { method: 'GET' }), scanInfoSchema),
    readScanChunk: async (token, caseId, sha256, offset) =>
      new Uint8Array(await (await send(`${scanPath(caseId, sha256)}/chunks/${offset}`, token, { method: 'GET' })).arrayBuffer()),
  };
}
