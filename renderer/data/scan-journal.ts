/**
 * The renderer's side of the scans' disk journal (electron/handlers/scan-journal.ts): a
 * case's scan is copied to the profile directory before it is uploaded and released once
 * the hub holds it. At start, every journaled scan IndexedDB no longer has (a wiped or
 * broken store) is put back, and queued again if its upload was lost with it.
 */
import type { BridgeApi } from '../../shared/bridge/contract';
import type { ScanJournalEntry } from '../../shared/bridge/scan-channels';
import { isImageScan } from '../../shared/domain/matter/attachment-rules';
import { base64ToBytes, bytesToBase64 } from '../../shared/util/base64';
import { SCAN_CHUNK_BYTES } from '../../shared/sync/scan-protocol';
import { unwrap } from '../bridge/bridge';
import { attachmentsRepo, sha256OfBlob } from './attachments.repo';
import { db, type AttachmentRecord } from './db';
import { scanUploadsRepo } from './scan-uploads.repo';
import { makeScanThumbnail } from './scan-thumbnail';

export function journalEntryOf(record: AttachmentRecord & { caseId: string; sha256: string }): ScanJournalEntry {
  const { caseId, sha256, materialCode, fileName, mimeType, bytes, addedAt, addedBy } = record;
  return { caseId, sha256, materialCode, fileName, mimeType, bytes, addedAt, addedBy: addedBy.slice(0, 40) };
}

export function scanJournal(api: BridgeApi) {
  return {
    /** Writes the bytes in chunks, then seals the entry (the host checks the hash). */
    async write(entry: ScanJournalEntry, blob: Blob): Promise<void> {
      for (let offset = 0; offset < blob.size; offset += SCAN_CHUNK_BYTES) {
        const data = new Uint8Array(await blob.slice(offset, offset + SCAN_CHUNK_BYTES).arrayBuffer());
        unwrap(await api.scanJournalWrite({ sha256: entry.sha256, offset, dataBase64: bytesToBase64(data) }));
      }
      unwrap(await api.scanJournalSeal({ entry }));
    },

    async release(caseId: string, sha256: string): Promise<void> {
      unwrap(await api.scanJournalRelease({ caseId, sha256 }));
    },

    async entries(): Promise<ScanJournalEntry[]> {
      return unwrap(await api.scanJournalList({})).entries;
    },

    async read(entry: ScanJournalEntry): Promise<Blob> {
      const parts: Uint8Array<ArrayBuffer>[] = [];
      for (let offset = 0; offset < entry.bytes; offset += SCAN_CHUNK_BYTES) {
        const length = Math.min(SCAN_CHUNK_BYTES, entry.bytes - offset);
        parts.push(base64ToBytes(unwrap(await api.scanJournalRead({ sha256: entry.sha256, offset, length })).dataBase64));
      }
      return new Blob(parts, { type: entry.mimeType });
    },
  };
}

async function thumbnailOf(blob: Blob, entry: ScanJournalEntry): Promise<Blob | null> {
  if (!isImageScan(entry.mimeType)) return null;
  return makeScanThumbnail(blob, entry.fileName).catch(() => null);
}

/**
 * Puts back every journaled scan IndexedDB lacks and re-queues any whose upload item is
 * gone (a lost store, or a crash between the hub's answer and the journal's release: the
 * hub then answers "complete" at once). Returns how many scans were put back.
 */
export async function restoreScansFromJournal(api: BridgeApi): Promise<number> {
  const journal = scanJournal(api);
  let restored = 0;
  for (const entry of await journal.entries()) {
    if (!(await attachmentsRepo.findInCase(entry.caseId, entry.sha256))) {
      const blob = await journal.read(entry);
      if ((await sha256OfBlob(blob)) !== entry.sha256) continue;
      await attachmentsRepo.addReceived({ ...entry, blob, thumbnail: await thumbnailOf(blob, entry) });
      restored += 1;
    }
    await db.transaction('rw', db.scanUploads, () => scanUploadsRepo.enqueue(entry.caseId, entry.sha256, 1));
  }
  return restored;
}
