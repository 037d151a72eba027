/**
 * Scans for the hub suites: PDF-shaped bytes of any size, and the upload and download
 * calls of shared/sync/scan-protocol.ts as a workstation (or the peer) makes them.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ScanReference } from '../../shared/domain/matter/application';
import type { Actor, CaseEvent, Routing } from '../../shared/domain/case/case-events';
import { sealEvent } from '../../shared/domain/case/event-seal';
import { acceptedEvent, request, type HttpResult } from './fixtures';

export interface TestScan {
  bytes: Buffer;
  reference: ScanReference;
}

/** `size` bytes that sniff as a PDF, different every call. */
export function pdfScan(size: number, fileName = '身份证复印件.pdf'): TestScan {
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
  return { bytes, reference: { sha256: sha256(bytes), fileName, mimeType: 'application/pdf', bytes: size } };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An accepted event whose one material lists these scans. */
export async function acceptedWithScans(actor: Actor, routing: Routing, scans: readonly ScanReference[]): Promise<CaseEvent> {
  const plain = await acceptedEvent(actor, routing);
  if (plain.type !== 'accepted') throw new Error('acceptedEvent should make an accepted event');
  const { hash: _hash, ...unsealed } = plain;
  const materials = [{ code: 'M-ID', name: '申请人居民身份证', form: 'original' as const, copies: 1, scans: [...scans] }];
  return sealEvent({ ...unsealed, payload: { ...plain.payload, materials } });
}

type UploadState = { status: 'complete' } | { status: 'partial'; chunkSize: number; missingOffsets: number[] };

export const scanUrl = (hubUrl: string, caseId: string, sha: string, prefix = '/v1') => `${hubUrl}${prefix}/cases/${caseId}/scans/${sha}`;

export function begin(
  hubUrl: string,
  token: string,
  caseId: string,
  scan: ScanReference,
  prefix = '/v1',
): Promise<HttpResult<UploadState>> {
  return request<UploadState>(`${hubUrl}${prefix}/cases/${caseId}/scans`, { token, json: scan });
}

export async function putChunk(
  hubUrl: string,
  token: string,
  caseId: string,
  sha: string,
  offset: number,
  data: Uint8Array,
  headers: Record<string, string> = {},
  prefix = '/v1',
): Promise<HttpResult<{ offset: number; stored: boolean } & { error?: { code: string; message: string } }>> {
  const response = await fetch(`${scanUrl(hubUrl, caseId, sha, prefix)}/chunks/${offset}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', ...headers },
    body: new Uint8Array(data),
  });
  return { status: response.status, body: (await response.json()) as never };
}

export function complete(
  hubUrl: string,
  token: string,
  caseId: string,
  sha: string,
  prefix = '/v1',
): Promise<HttpResult<UploadState & { error?: { code: string; message: string } }>> {
  return request(`${scanUrl(hubUrl, caseId, sha, prefix)}/complete`, { token, json: {} });
}

/** begin, every missing chunk, complete: what the workstation's uploader does. */
export async function uploadWhole(hubUrl: string, token: string, caseId: string, scan: TestScan): Promise<UploadState> {
  const started = await begin(hubUrl, token, caseId, scan.reference);
  if (started.status !== 200) throw new Error(`begin failed: ${started.status} ${JSON.stringify(started.body)}`);
  if (started.body.status === 'complete') return started.body;
  const { chunkSize, missingOffsets } = started.body;
  for (const offset of missingOffsets) {
    const sent = await putChunk(hubUrl, token, caseId, scan.reference.sha256, offset, scan.bytes.subarray(offset, offset + chunkSize));
    if (sent.status !== 200) throw new Error(`chunk ${offset} failed: ${sent.status} ${JSON.stringify(sent.body)}`);
  }
  const done = await complete(hubUrl, token, caseId, scan.reference.sha256);
  if (done.status !== 200) throw new Error(`complete failed: ${done.status} ${JSON.stringify(done.body)}`);
  return done.body;
}

/** GET the info, then every chunk in order; the status of the first failing call otherwise. */
export async function download(
  hubUrl: string,
  token: string,
  caseId: string,
  sha: string,
): Promise<{ status: number; bytes?: Buffer; code?: string }> {
  const info = await request<{ bytes: number; chunkSize: number; error?: { code: string } }>(scanUrl(hubUrl, caseId, sha), { token });
  if (info.status !== 200) return { status: info.status, code: info.body.error?.code };
  const parts: Buffer[] = [];
  for (let offset = 0; offset < info.body.bytes; offset += info.body.chunkSize) {
    const response = await fetch(`${scanUrl(hubUrl, caseId, sha)}/chunks/${offset}`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) return { status: response.status };
    parts.push(Buffer.from(await response.arrayBuffer()));
  }
  return { status: 200, bytes: Buffer.concat(parts) };
}
