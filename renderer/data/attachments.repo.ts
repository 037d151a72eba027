/**
 * Scanned materials (扫描件) as Blobs in IndexedDB. A scan is stored the moment the clerk
 * picks it, against the intake draft, so a reload keeps it; 受理 hands the draft's scans to
 * the new case inside the case's own transaction (casesRepo.appendLocal calls
 * claimDraftAttachments). Scans stay on this workstation: nothing here reaches the hub.
 */
import Dexie from 'dexie';
import { checkScan, isImageScan, SNIFF_BYTES, type ScanCandidate, type ScanMimeType } from '../../shared/domain/attachment-rules';
import { db, type AttachmentRecord } from './db';
import { CURRENT_DRAFT_ID } from './drafts.repo';
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

export interface NewDraftScan {
  draftId: string;
  materialCode: string;
  /** A File from the picker (its name and size are used) or any Blob with a name given. */
  file: Blob;
  fileName: string;
  addedBy: string;
}

const ofDraft = (draftId: string) => db.attachments.where('[draftId+materialCode]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]);
const ofCase = (caseId: string) => db.attachments.where('[caseId+materialCode]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);

function candidateOf(scan: NewDraftScan, bytesAlreadyStored: number, head: Uint8Array): ScanCandidate {
  return { fileName: scan.fileName, declaredType: scan.file.type, bytes: scan.file.size, head, bytesAlreadyStored };
}

function assertAccepted(candidate: ScanCandidate): ScanMimeType {
  const check = checkScan(candidate);
  if (!check.ok) throw new AttachmentRejectedError(check.code, check.message);
  return check.mimeType;
}

export const attachmentsRepo = {
  /**
   * Checks a scan by its content and size, makes its thumbnail and stores it against the
   * draft. The per-case total is checked again inside the write, so two quick uploads
   * cannot both slip under the limit. Throws AttachmentRejectedError with the reason.
   */
  async addToDraft(scan: NewDraftScan): Promise<AttachmentRecord> {
    const head = new Uint8Array(await scan.file.slice(0, SNIFF_BYTES).arrayBuffer());
    // Refuse a wrong or oversized file before decoding it; the total needs the transaction.
    const mimeType = assertAccepted(candidateOf(scan, 0, head));
    // Decoding is async outside IndexedDB, so it happens before the transaction opens.
    const thumbnail = isImageScan(mimeType) ? await makeScanThumbnail(scan.file, scan.fileName) : null;
    // Stored under the sniffed type: a viewer opens what the bytes are, not what the name says.
    const blob = new Blob([scan.file], { type: mimeType });
    return db.transaction('rw', db.attachments, async () => {
      const stored = await attachmentsRepo.bytesOfDraft(scan.draftId);
      assertAccepted(candidateOf(scan, stored, head));
      const record: AttachmentRecord = {
        caseId: null,
        draftId: scan.draftId,
        materialCode: scan.materialCode,
        fileName: scan.fileName,
        mimeType,
        bytes: scan.file.size,
        blob,
        thumbnail,
        addedAt: new Date().toISOString(),
        addedBy: scan.addedBy,
      };
      return { ...record, id: await db.attachments.add(record) };
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

  remove: (id: number) => db.attachments.delete(id),

  /** The intake was cleared (清空): its scans go with it. */
  discardDraft: (draftId = CURRENT_DRAFT_ID) => ofDraft(draftId).delete(),

  /**
   * The draft's scans become the case's. Call inside the transaction that stores the case
   * (it must include db.attachments), so a case never exists without its scans or the
   * scans linger on a draft that was already accepted.
   */
  claimDraftAttachments: (draftId: string, caseId: string) => ofDraft(draftId).modify({ draftId: null, caseId }),
};
