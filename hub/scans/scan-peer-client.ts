/** HTTP client for the peer hub's scan upload endpoints (/v1/exchange/cases/...). */
import type { ScanReference } from '../../shared/domain/matter/application';
import { hubErrorSchema } from '../../shared/sync/protocol';
import {
  CHUNK_SHA256_HEADER,
  chunkReceiptSchema,
  isFinalScanRefusal,
  scanUploadStateSchema,
  type ScanUploadState,
} from '../../shared/sync/scan-protocol';
import { sha256Of } from './scan-uploads';

/** The peer answered with a refusal that no retry can change. */
export class PeerScanRefusedError extends Error {
  override name = 'PeerScanRefusedError';
}

export interface PeerScanClient {
  begin(caseId: string, scan: ScanReference): Promise<ScanUploadState>;
  putChunk(caseId: string, sha256: string, offset: number, data: Uint8Array): Promise<void>;
  complete(caseId: string, sha256: string): Promise<ScanUploadState>;
}

export function createPeerScanClient(peerUrl: string, peerSecret: string, signal: () => AbortSignal): PeerScanClient {
  const base = `${peerUrl.replace(/\/+$/, '')}/v1/exchange/cases`;

  async function send(
    path: string,
    init: { method: string; headers: Record<string, string>; body: string | Uint8Array },
  ): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${base}/${path}`, {
        method: init.method,
        headers: { authorization: `Bearer ${peerSecret}`, ...init.headers },
        // Copied into an ArrayBuffer-backed view: fetch takes no SharedArrayBuffer views.
        body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body),
        signal: signal(),
      });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new Error(`无法连接对端交换中心：${reason}`, { cause: error });
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const failure = hubErrorSchema.safeParse(json);
      const detail = failure.success ? `${failure.data.error.code} ${failure.data.error.message}` : text.slice(0, 200);
      const message = `对端交换中心返回 HTTP ${response.status}：${detail}`;
      throw failure.success && isFinalScanRefusal(failure.data.error.code) ? new PeerScanRefusedError(message) : new Error(message);
    }
    return json;
  }

  const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const state = (value: unknown) => {
    const parsed = scanUploadStateSchema.safeParse(value);
    if (!parsed.success) throw new Error('对端交换中心的应答格式不正确');
    return parsed.data;
  };

  return {
    begin: async (caseId, scan) => state(await send(`${caseId}/scans`, json(scan))),
    async putChunk(caseId, sha256, offset, data) {
      const receipt = chunkReceiptSchema.safeParse(
        await send(`${caseId}/scans/${sha256}/chunks/${offset}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/octet-stream', [CHUNK_SHA256_HEADER]: sha256Of(data) },
          body: data,
        }),
      );
      if (!receipt.success) throw new Error('对端交换中心的应答格式不正确');
    },
    complete: async (caseId, sha256) => state(await send(`${caseId}/scans/${sha256}/complete`, json({}))),
  };
}
