/**
 * A scan a case lists, from wherever it is: this workstation's store if it holds those
 * bytes already, otherwise the hub (through the host), chunk by chunk with progress. The
 * arrived bytes must hash to the name the case's event gave them; anything else is refused
 * and never stored. A fetched scan is kept under its case, so it opens offline afterwards.
 */
import type { BridgeApi } from '../../../shared/bridge/contract';
import type { ScanReference } from '../../../shared/domain/matter/application';
import { isImageScan } from '../../../shared/domain/matter/attachment-rules';
import { base64ToBytes } from '../../../shared/util/base64';
import { bridge, unwrap } from '../../bridge/bridge';
import { attachmentsRepo, sha256OfBlob } from '../../data/attachments.repo';
import type { AttachmentRecord } from '../../data/db';
import { makeScanThumbnail } from '../../data/scan-thumbnail';

/** The bytes that arrived are not the scan the case names. */
export class ScanIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanIntegrityError';
  }
}

export interface CaseScanTarget {
  caseId: string;
  materialCode: string;
  reference: ScanReference;
  /** Who took it, as the drawer shows it (the receiving clerk). */
  addedBy: string;
}

export type ScanProgress = (received: number, total: number) => void;

const REFUSED = '扫描件校验未通过：收到的内容与办件记录的SHA-256不一致，已拒收。请重试；仍不一致请联系收件地窗口重新上传';

export async function loadCaseScan(
  target: CaseScanTarget,
  onProgress: ScanProgress = () => undefined,
  api: BridgeApi = bridge(),
): Promise<AttachmentRecord> {
  const { caseId, reference } = target;
  const held = await attachmentsRepo.findBySha256(reference.sha256);
  if (held) return held;

  const info = unwrap(await api.scanInfo({ caseId, sha256: reference.sha256 }));
  if (info.bytes !== reference.bytes) throw new ScanIntegrityError(REFUSED);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress(0, info.bytes);
  for (let offset = 0; offset < info.bytes; offset += info.chunkSize) {
    const chunk = base64ToBytes(unwrap(await api.scanFetchChunk({ caseId, sha256: reference.sha256, offset })).dataBase64);
    parts.push(chunk);
    received += chunk.length;
    onProgress(received, info.bytes);
  }
  const blob = new Blob(parts, { type: reference.mimeType });
  if (blob.size !== reference.bytes || (await sha256OfBlob(blob)) !== reference.sha256) throw new ScanIntegrityError(REFUSED);

  const thumbnail = isImageScan(reference.mimeType) ? await makeScanThumbnail(blob, reference.fileName).catch(() => null) : null;
  return attachmentsRepo.addReceived({
    caseId,
    materialCode: target.materialCode,
    fileName: reference.fileName,
    mimeType: reference.mimeType,
    bytes: reference.bytes,
    blob,
    thumbnail,
    addedAt: new Date().toISOString(),
    addedBy: target.addedBy,
    sha256: reference.sha256,
    source: 'hub',
  });
}
