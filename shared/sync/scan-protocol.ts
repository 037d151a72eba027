/**
 * Hub API v1 for scanned materials (扫描件): content-addressed (SHA-256), uploaded in chunks
 * that survive a lost connection or a restarted hub, fetched by the two halls of the case.
 *
 *   POST /v1/cases/:caseId/scans                          begin or resume: ScanReference -> ScanUploadState
 *   PUT  /v1/cases/:caseId/scans/:sha256/chunks/:offset   one chunk, application/octet-stream -> ChunkReceipt
 *   POST /v1/cases/:caseId/scans/:sha256/complete         whole-file hash check -> ScanUploadState
 *   GET  /v1/cases/:caseId/scans/:sha256                  ScanInfo (size, type, chunk size)
 *   GET  /v1/cases/:caseId/scans/:sha256/chunks/:offset   the chunk's bytes
 *   /v1/exchange/cases/...                                the same three upload calls, hub to hub
 *
 * A chunk is named by its offset; the hub says which offsets it still needs (begin and
 * complete answer `partial` with them), so a client that lost its connection, or found the
 * hub restarted, sends only those. Uploads are idempotent: a chunk sent twice is stored once.
 */
import { z } from 'zod';
import { scanReferenceSchema } from '../domain/matter/application';
import { ulidSchema } from '../domain/case/case-events';

/** Chunk size for new uploads; a scan keeps the size it was started with (ScanUploadState says). */
export const SCAN_CHUNK_BYTES = 1024 * 1024;

export const scanSha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { message: '扫描件哈希应为64位小写十六进制' });
export const chunkOffsetSchema = z.coerce.number().int().min(0, { message: '分块偏移量应为非负整数' });

export const scanUploadStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('complete') }),
  z.object({
    status: z.literal('partial'),
    chunkSize: z.number().int().min(1),
    /** Offsets the hub still needs, ascending. */
    missingOffsets: z.array(z.number().int().min(0)),
  }),
]);
export type ScanUploadState = z.infer<typeof scanUploadStateSchema>;

export const chunkReceiptSchema = z.object({ offset: z.number().int().min(0), stored: z.boolean() });
export type ChunkReceipt = z.infer<typeof chunkReceiptSchema>;

export const scanInfoSchema = z.object({
  sha256: scanSha256Schema,
  bytes: z.number().int().min(1),
  mimeType: scanReferenceSchema.shape.mimeType,
  chunkSize: z.number().int().min(1),
});
export type ScanInfo = z.infer<typeof scanInfoSchema>;

export const scanPathSchema = z.object({ caseId: ulidSchema, sha256: scanSha256Schema });
export const scanChunkPathSchema = scanPathSchema.extend({ offset: chunkOffsetSchema });
export const casePathSchema = z.object({ caseId: ulidSchema });

/** Optional header with the chunk's own SHA-256: a chunk damaged in transit is refused at once. */
export const CHUNK_SHA256_HEADER = 'x-chunk-sha256';

/**
 * Error codes after which sending the same bytes again cannot succeed: the uploader parks
 * the scan with the hub's reason instead of retrying it.
 */
export const FINAL_SCAN_REFUSALS = [
  'SCAN_TOO_LARGE',
  'CASE_SCANS_FULL',
  'SCAN_EMPTY',
  'HASH_MISMATCH',
  'NOT_A_SCAN',
  'SCAN_CONFLICT',
  'NOT_YOUR_CASE',
  'BAD_REQUEST',
] as const;

export function isFinalScanRefusal(code: string): boolean {
  return (FINAL_SCAN_REFUSALS as readonly string[]).includes(code);
}

/** The offsets of a file of `bytes` bytes cut into `chunkSize` chunks. */
export function chunkOffsets(bytes: number, chunkSize: number): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset < bytes; offset += chunkSize) offsets.push(offset);
  return offsets;
}
