/**
 * The bridge channels for scanned materials, joined into the contract in contract.ts.
 * Bytes cross the bridge as base64 in chunks (the bridge is JSON in browser mode), so a
 * 10 MB scan never travels as one message.
 *
 *   scans:uploadBegin / uploadChunk / uploadComplete   renderer's upload queue -> host -> hub
 *   scans:info / fetchChunk                            the handling window fetching a scan
 *   scans:journal*                                     the disk copy kept until the hub holds it
 */
import { z } from 'zod';
import { SCAN_MIME_TYPES } from '../domain/matter/attachment-rules';
import { scanReferenceSchema } from '../domain/matter/application';
import { ulidSchema } from '../domain/case/case-events';
import { chunkReceiptSchema, scanInfoSchema, scanSha256Schema, scanUploadStateSchema } from '../sync/scan-protocol';

/** Largest chunk one bridge call carries (a hub may choose chunks up to this size). */
export const MAX_BRIDGE_CHUNK_BYTES = 4 * 1024 * 1024;

const base64Chunk = z
  .string()
  .max(Math.ceil(MAX_BRIDGE_CHUNK_BYTES / 3) * 4, { message: '分块过大' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: '分块内容应为 base64' });
const offset = z.number().int().min(0);

const scanTargetSchema = z.object({ caseId: ulidSchema, sha256: scanSha256Schema });
const chunkDataSchema = z.object({ dataBase64: z.string() });

/** What the disk journal keeps beside a scan's bytes, so a lost IndexedDB record can be rebuilt. */
export const scanJournalEntrySchema = z.object({
  caseId: ulidSchema,
  sha256: scanSha256Schema,
  materialCode: z.string().min(1).max(100),
  fileName: z.string().min(1).max(1000),
  mimeType: z.enum(SCAN_MIME_TYPES),
  bytes: z.number().int().min(1),
  addedAt: z.string().min(1).max(40),
  addedBy: z.string().max(40),
});
export type ScanJournalEntry = z.infer<typeof scanJournalEntrySchema>;

export const scanChannels = {
  'scans:uploadBegin': { input: z.object({ caseId: ulidSchema, scan: scanReferenceSchema }), output: scanUploadStateSchema },
  'scans:uploadChunk': { input: scanTargetSchema.extend({ offset, dataBase64: base64Chunk }), output: chunkReceiptSchema },
  'scans:uploadComplete': { input: scanTargetSchema, output: scanUploadStateSchema },
  'scans:info': { input: scanTargetSchema, output: scanInfoSchema },
  'scans:fetchChunk': { input: scanTargetSchema.extend({ offset }), output: chunkDataSchema },
  /** Offset 0 starts the file afresh; any other offset must be where the last write ended. */
  'scans:journalWrite': {
    input: z.object({ sha256: scanSha256Schema, offset, dataBase64: base64Chunk }),
    output: z.object({ written: z.number().int() }),
  },
  /** Checks the written bytes against the hash, then records the entry. */
  'scans:journalSeal': { input: z.object({ entry: scanJournalEntrySchema }), output: z.object({ pending: z.number().int() }) },
  'scans:journalRelease': { input: scanTargetSchema, output: z.object({ pending: z.number().int() }) },
  'scans:journalList': { input: z.object({}).strict(), output: z.object({ entries: z.array(scanJournalEntrySchema) }) },
  'scans:journalRead': {
    input: z.object({ sha256: scanSha256Schema, offset, length: z.number().int().min(1).max(MAX_BRIDGE_CHUNK_BYTES) }),
    output: chunkDataSchema,
  },
} as const;
