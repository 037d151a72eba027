/**
 * Scanned materials (扫描件) as Blobs in IndexedDB. A scan is stored the moment the clerk
 * picks it, against the intake draft, so a reload keeps it; 受理 hands the draft's scans to
 * the new case inside the case's own transaction (casesRepo.appendLocal calls
 * claimDraftAttachments), which also queues them for the hub (scan-uploads.repo.ts). Each
 * scan is named by its SHA-256, the name the case's events and the hub use for it.
 */
import Dexie from 'dexie';
import type { ScanReference } from '../../shared/domain/matter/application';
import {
  checkScan,
  isImageScan,
  scanFileName,
  SNIFF_BYTES,
  type ScanCandidate,
  type ScanMimeType,
} from '../../shared/domain/matter/attachment-rules';
import { sha256HexOfBytes } from '../../shared/util/sha256';
import { db, type AttachmentRecord } from './db';
import { scanUploadsRepo } from './scan-uploads.repo';
import { makeScanThumbnail } from './scan-thumbnail';

/** A scan the rules refused; the message is the Chinese sentence to show in place. */
export class AttachmentRejectedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AttachmentRejectedError';
  }
}

export interface NewScan {
  materialCode: string;
  /** A File from the picker (its name and size are used) or any Blob with a name given. */
  file: Blob;
  fileName: string;
  addedBy: string;
}
export type NewDraftScan = NewScan & { draftId: string };
/** A scan brought for a case that exists already (补正): stored and queued for the hub at once. */
export type NewCaseScan = NewScan & { caseId: string };

const ofDraft = (draftId: string) =>
  db.attachments.where('[draftId+materialCode]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]);
const ofCase = (caseId: string) => db.attachments.where('[caseId+materialCode]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);

export async function sha256OfBlob(blob: Blob): Promise<string> {
  return sha256HexOfBytes(new Uint8Array(await blob.arrayBuffer()));
}

/** What a case's events say about a scan. */
export function scanReferenceOf(record: AttachmentRecord & { sha256: string }): ScanReference {
  return { sha256: record.sha256, fileName: scanFileName(record.fileName), mimeType: record.mimeType, bytes: record.bytes };
}

/** The scans of each material code, each hash once per material, in the order taken. */
function referencesByMaterial(records: readonly (AttachmentRecord & { sha256: string })[]): Record<string, ScanReference[]> {
  const byMaterial: Record<string, ScanReference[]> = {};
  for (const record of records) {
    const list = (byMaterial[record.materialCode] ??= []);
    if (!list.some((reference) => reference.sha256 === record.sha256)) list.push(scanReferenceOf(record));
  }
  return byMaterial;
}

function candidateOf(scan: NewScan, bytesAlreadyStored: number, head: Uint8Array): ScanCandidate {
  return { fileName: scan.fileName, declaredType: scan.file.type, bytes: scan.file.size, head, bytesAlreadyStored };
}

function assertAccepted(candidate: ScanCandidate): ScanMimeType {
  const check = checkScan(candidate);
  if (!check.ok) throw new AttachmentRejectedError(check.code, check.message);
  return check.mimeType;
}

interface PreparedScan {
  head: Uint8Array;
  mimeType: ScanMimeType;
  thumbnail: Blob | null;
  blob: Blob;
  sha256: string;
}

/**
 * Checks a scan by its content and size and makes what is stored with it: thumbnail,
 * typed Blob and hash. Async work outside IndexedDB, so it runs before the transaction.
 */
async function prepare(scan: NewScan): Promise<PreparedScan> {
  const head = new Uint8Array(await scan.file.slice(0, SNIFF_BYTES).arrayBuffer());
  // Refuse a wrong or oversized file before decoding it; the total needs the transaction.
  const mimeType = assertAccepted(candidateOf(scan, 0, head));
  const thumbnail = isImageScan(mimeType) ? await makeScanThumbnail(scan.file, scan.fileName) : null;
  // Stored under the sniffed type: a viewer opens what the bytes are, not what the name says.
  const blob = new Blob([scan.file], { type: mimeType });
  return { head, mimeType, thumbnail, blob, sha256: await sha256OfBlob(blob) };
}

function recordOf(scan: NewScan, prepared: PreparedScan): Omit<AttachmentRecord, 'caseId' | 'draftId'> {
  const { mimeType, blob, thumbnail, sha256 } = prepared;
  return {
    materialCode: scan.materialCode,
    fileName: scan.fileName,
    mimeType,
    bytes: scan.file.size,
    blob,
    thumbnail,
    addedAt: new Date().toISOString(),
    addedBy: scan.addedBy,
    sha256,
  };
}

export const attachmentsRepo = {
  /**
   * Checks a scan by its content and size, makes its thumbnail and stores it against the
   * draft. The per-case total is checked again inside the write, so two quick uploads
   * cannot both slip under the limit. Throws AttachmentRejectedError with the reason.
   */
  async addToDraft(scan: NewDraftScan): Promise<AttachmentRecord> {
    const prepared = await prepare(scan);
    return db.transaction('rw', db.attachments, async () => {
      assertAccepted(candidateOf(scan, await attachmentsRepo.bytesOfDraft(scan.draftId), prepared.head));
      const record: AttachmentRecord = { ...recordOf(scan, prepared), caseId: null, draftId: scan.draftId };
      return { ...record, id: await db.attachments.add(record) };
    });
  },

  /** Like addToDraft, for a case that exists: the scan is queued for the hub in the same write. */
  async addToCase(scan: NewCaseScan): Promise<AttachmentRecord> {
    const prepared = await prepare(scan);
    return db.transaction('rw', db.attachments, db.scanUploads, async () => {
      assertAccepted(candidateOf(scan, await attachmentsRepo.bytesOfCase(scan.caseId), prepared.head));
      const record: AttachmentRecord = { ...recordOf(scan, prepared), caseId: scan.caseId, draftId: null };
      const id = await db.attachments.add(record);
      await scanUploadsRepo.enqueue(scan.caseId, prepared.sha256);
      return { ...record, id };
    });
  },

  /** In checklist-code order, then in the order they were added. */
  listForDraft: (draftId: string) => ofDraft(draftId).toArray(),
  listForCase: (caseId: string) => ofCase(caseId).toArray(),

  async bytesOfDraft(draftId: string): Promise<number> {
    let total = 0;
    await ofDraft(draftId).each((record) => {
      total += record.bytes;
    });
    return total;
  },

  async bytesOfCase(caseId: string): Promise<number> {
    let total = 0;
    await ofCase(caseId).each((record) => {
      total += record.bytes;
    });
    return total;
  },

  remove: (id: number) => db.attachments.delete(id),

  /** The intake was cleared (清空): its scans go with it. */
  discardDraft: (draftId: string) => ofDraft(draftId).delete(),

  /**
   * The draft's scans become the case's and are queued for the hub. Call inside the
   * transaction that stores the case (it must include db.attachments and db.scanUploads),
   * so a case never exists without its scans, nor the scans without their upload.
   */
  async claimDraftAttachments(draftId: string, caseId: string): Promise<void> {
    const records = await ofDraft(draftId).toArray();
    await ofDraft(draftId).modify({ draftId: null, caseId });
    for (const record of records) if (record.sha256) await scanUploadsRepo.enqueue(caseId, record.sha256);
  },

  /**
   * The draft's scans by material code, as the case's opening event lists them. Scans
   * stored before hashes were kept get theirs now (before the case's transaction: hashing
   * is asynchronous work outside IndexedDB).
   */
  async scanReferencesOfDraft(draftId: string): Promise<Record<string, ScanReference[]>> {
    return referencesByMaterial(await attachmentsRepo.withHashes(await ofDraft(draftId).toArray()));
  },

  /** The case's own scans by material code (补正 lists every scan of the materials it brings). */
  async scanReferencesOfCase(caseId: string): Promise<Record<string, ScanReference[]>> {
    const taken = (await ofCase(caseId).toArray()).filter((record) => record.source !== 'hub');
    return referencesByMaterial(await attachmentsRepo.withHashes(taken));
  },

  /** The records, each with its sha256 (computed and stored for those that lack one). */
  async withHashes(records: readonly AttachmentRecord[]): Promise<(AttachmentRecord & { sha256: string })[]> {
    return Promise.all(
      records.map(async (record) => {
        if (record.sha256) return { ...record, sha256: record.sha256 };
        const sha256 = await sha256OfBlob(record.blob);
        if (record.id !== undefined) await db.attachments.update(record.id, { sha256 });
        return { ...record, sha256 };
      }),
    );
  },

  /** The first stored scan with these bytes, whichever case or draft holds it. */
  findBySha256: (sha256: string) => db.attachments.where('sha256').equals(sha256).first(),

  /** A scan of the case with these bytes (the upload queue's source). */
  findInCase: (caseId: string, sha256: string) =>
    db.attachments
      .where('sha256')
      .equals(sha256)
      .filter((record) => record.caseId === caseId)
      .first(),

  /**
   * A scan this workstation received (fetched from the hub, or restored from the disk
   * journal), stored under its case unless that case already has it.
   */
  async addReceived(record: Omit<AttachmentRecord, 'id' | 'draftId'> & { caseId: string; sha256: string }): Promise<AttachmentRecord> {
    return db.transaction('rw', db.attachments, async () => {
      const held = await attachmentsRepo.findInCase(record.caseId, record.sha256);
      if (held) return held;
      const stored: AttachmentRecord = { ...record, draftId: null };
      return { ...stored, id: await db.attachments.add(stored) };
    });
  },
};
