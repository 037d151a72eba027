/**
 * Resumable, content-addressed scan uploads, for workstations and for the peer hub alike.
 *
 *   begin     registers the scan for the case (size limits per file and per case, the case's
 *             halls only) and answers which chunk offsets are still needed
 *   putChunk  stores one chunk (never twice: a chunk already held is compared, not stored)
 *             and records that this claim sent it
 *   complete  once every chunk is in, hashes the whole file in order: a mismatch drops it
 *             (422 HASH_MISMATCH), a match makes the scan servable and the claim proven
 *
 * Why claims prove possession: bytes are shared by every case with the same hash, so a
 * claimer who could skip sending them would only need to know a hash to read someone's
 * scan. A claim completes without bytes only when its claimer may already fetch the scan.
 */
import { createHash } from 'node:crypto';
import type { ScanReference } from '../../shared/domain/matter/application';
import { checkScanSize, sniffScanType, SNIFF_BYTES } from '../../shared/domain/matter/attachment-rules';
import { chunkOffsets, type ChunkReceipt, type ScanUploadState } from '../../shared/sync/scan-protocol';
import type { Database, Queryable } from '../db/database';
import { HubHttpError } from '../http/errors';
import { belongsToCase, findCaseRoute, mayFetchThroughAnyCase } from './scan-access';
import {
  caseScanBytes,
  claimedOffsets,
  completeClaim,
  dropScan,
  ensureScan,
  findClaim,
  findScan,
  forgetClaimedChunks,
  insertClaim,
  markScanVerified,
  recordClaimedChunk,
  type ScanClaimer,
  type ScanRow,
} from './scan-records';
import type { ScanStorage } from './scan-storage';

/** Advisory-lock namespace: one case's claims are checked against its limit one at a time. */
const CASE_SCANS_LOCK = 5150_0006;

export interface ScanUploadsOptions {
  db: Database;
  storage: ScanStorage;
  chunkSize: number;
  /** A claim became proven (a peer may need it now). */
  onClaimCompleted: () => void;
}

export interface ScanUploads {
  begin(claimer: ScanClaimer, caseId: string, scan: ScanReference): Promise<ScanUploadState>;
  putChunk(
    claimer: ScanClaimer,
    caseId: string,
    sha256: string,
    offset: number,
    data: Uint8Array,
    declaredSha256?: string,
  ): Promise<ChunkReceipt>;
  complete(claimer: ScanClaimer, caseId: string, sha256: string): Promise<ScanUploadState>;
}

export function sha256Of(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const SIZE_CODES = { EMPTY: 'SCAN_EMPTY', TOO_LARGE: 'SCAN_TOO_LARGE', CASE_FULL: 'CASE_SCANS_FULL' } as const;

async function assertClaimerBelongs(db: Queryable, claimer: ScanClaimer, caseId: string): Promise<void> {
  // A case not at this hub yet (its events are still on their way) cannot be checked now;
  // such a claim only counts once the case arrives and shows the claimer is one of its halls.
  const route = await findCaseRoute(db, caseId);
  if (!route || belongsToCase(route, claimer)) return;
  throw claimer.kind === 'peer'
    ? new HubHttpError(403, 'NOT_YOUR_CASE', '该办件不是跨省办件，不接收对端交换中心的扫描件')
    : new HubHttpError(403, 'NOT_YOUR_CASE', '本窗口所在大厅不是该办件的收件地或办理地，不能为其上传扫描件');
}

function noUpload(): HubHttpError {
  return new HubHttpError(404, 'NO_UPLOAD', '交换平台没有该扫描件的上传登记（可能已因校验失败被丢弃），请重新开始上传');
}

async function missingOffsets(db: Queryable, scan: ScanRow, caseId: string): Promise<number[]> {
  const sent = await claimedOffsets(db, scan.sha256, caseId);
  return chunkOffsets(scan.bytes, scan.chunkSize).filter((offset) => !sent.has(offset));
}

export function createScanUploads({ db, storage, chunkSize, onClaimCompleted }: ScanUploadsOptions): ScanUploads {
  async function prove(claimer: ScanClaimer, caseId: string, sha256: string): Promise<ScanUploadState> {
    await db.transaction((tx) => completeClaim(tx, sha256, caseId, claimer));
    onClaimCompleted();
    return { status: 'complete' };
  }

  /** Reads the chunks in order through one hash; a file that is not what it claims is dropped. */
  async function verify(scan: ScanRow): Promise<void> {
    const hash = createHash('sha256');
    let head: Uint8Array | undefined;
    for (const offset of chunkOffsets(scan.bytes, scan.chunkSize)) {
      const data = await storage.readChunk(scan.sha256, offset);
      if (!data) throw new Error(`chunk ${offset} of ${scan.sha256} vanished during verification`);
      head ??= data.subarray(0, SNIFF_BYTES);
      hash.update(data);
    }
    const actual = hash.digest('hex');
    const refusal =
      actual !== scan.sha256
        ? new HubHttpError(
            422,
            'HASH_MISMATCH',
            `扫描件内容与登记的SHA-256不符（收到的内容为 ${actual.slice(0, 12)}…），已丢弃，请重新上传`,
          )
        : head && sniffScanType(head) !== scan.mimeType
          ? new HubHttpError(422, 'NOT_A_SCAN', `扫描件内容不是登记的类型（${scan.mimeType}），已丢弃`)
          : undefined;
    if (refusal) {
      await dropScan(db, scan.sha256);
      await storage.deleteScan(scan.sha256);
      throw refusal;
    }
    await markScanVerified(db, scan.sha256);
  }

  return {
    async begin(claimer, caseId, scan) {
      const fileRefusal = checkScanSize(scan.fileName, scan.bytes, 0);
      if (fileRefusal) throw new HubHttpError(413, SIZE_CODES[fileRefusal.code], fileRefusal.message);
      const outcome = await db.transaction(async (tx): Promise<ScanUploadState | 'prove'> => {
        await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CASE_SCANS_LOCK, caseId]);
        await assertClaimerBelongs(tx, claimer, caseId);
        const claim = await findClaim(tx, scan.sha256, caseId);
        if (!claim) {
          const caseRefusal = checkScanSize(scan.fileName, scan.bytes, await caseScanBytes(tx, caseId));
          if (caseRefusal) throw new HubHttpError(413, SIZE_CODES[caseRefusal.code], caseRefusal.message);
        }
        const row = await ensureScan(tx, scan, chunkSize);
        if (row.bytes !== scan.bytes || row.mimeType !== scan.mimeType) {
          throw new HubHttpError(409, 'SCAN_CONFLICT', '交换平台已有同一哈希的扫描件，但大小或类型与本次登记的不符');
        }
        await insertClaim(tx, scan, caseId, claimer);
        if (claim?.completed) return { status: 'complete' };
        const known = row.verified && (claimer.kind === 'peer' || (await mayFetchThroughAnyCase(tx, scan.sha256, claimer.workstation)));
        if (known) return 'prove';
        return { status: 'partial', chunkSize: row.chunkSize, missingOffsets: await missingOffsets(tx, row, caseId) };
      });
      return outcome === 'prove' ? prove(claimer, caseId, scan.sha256) : outcome;
    },

    async putChunk(claimer, caseId, sha256, offset, data, declaredSha256) {
      const claim = await findClaim(db, sha256, caseId);
      const scan = await findScan(db, sha256);
      if (!claim || !scan) throw noUpload();
      await assertClaimerBelongs(db, claimer, caseId);
      if (claim.completed) return { offset, stored: false };
      if (offset % scan.chunkSize !== 0 || offset >= scan.bytes) {
        throw new HubHttpError(400, 'BAD_CHUNK', `分块偏移量 ${offset} 无效（分块大小 ${scan.chunkSize} 字节，文件 ${scan.bytes} 字节）`);
      }
      const expected = Math.min(scan.chunkSize, scan.bytes - offset);
      if (data.length !== expected)
        throw new HubHttpError(400, 'BAD_CHUNK', `偏移量 ${offset} 处的分块应为 ${expected} 字节，收到 ${data.length} 字节`);
      const chunkSha256 = sha256Of(data);
      if (declaredSha256 !== undefined && declaredSha256 !== chunkSha256) {
        throw new HubHttpError(400, 'CHUNK_CORRUPTED', '分块内容在传输中损坏（哈希不符），请重新发送');
      }
      const outcome = await storage.putChunk(sha256, offset, data, chunkSha256);
      if (outcome === 'different') {
        throw new HubHttpError(409, 'CHUNK_CONFLICT', '交换平台在该位置已保存了不同内容的分块，请稍后重试');
      }
      await recordClaimedChunk(db, sha256, caseId, offset);
      return { offset, stored: outcome === 'stored' };
    },

    async complete(claimer, caseId, sha256) {
      const claim = await findClaim(db, sha256, caseId);
      const scan = await findScan(db, sha256);
      if (!claim || !scan) throw noUpload();
      await assertClaimerBelongs(db, claimer, caseId);
      if (claim.completed) return { status: 'complete' };
      const missing = await missingOffsets(db, scan, caseId);
      if (missing.length > 0) return { status: 'partial', chunkSize: scan.chunkSize, missingOffsets: missing };
      if (!scan.verified) {
        // A claimed chunk the storage lost (an operator's clean-up) is asked for again.
        const held = new Set((await storage.listChunks(sha256)).map((chunk) => chunk.offset));
        const lost = chunkOffsets(scan.bytes, scan.chunkSize).filter((offset) => !held.has(offset));
        if (lost.length > 0) {
          await forgetClaimedChunks(db, sha256, caseId, lost);
          return { status: 'partial', chunkSize: scan.chunkSize, missingOffsets: lost };
        }
        await verify(scan);
      }
      return prove(claimer, caseId, sha256);
    },
  };
}
