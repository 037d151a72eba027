/**
 * What a scanned material (扫描件) may be: a JPEG or PNG image or a PDF, recognised by its
 * first bytes rather than by the name or the MIME type the browser guesses from the name,
 * under a per-file and a per-case size limit. Pure rules with the Chinese messages the
 * window shows; the renderer's attachments repo applies them before storing a Blob.
 */

export const SCAN_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type ScanMimeType = (typeof SCAN_MIME_TYPES)[number];

const MB = 1024 * 1024;

export const ATTACHMENT_LIMITS = {
  /** One scan; a 300 dpi A4 colour JPEG is 1–3 MB, a multi-page PDF rarely over 10 MB. */
  maxFileBytes: 10 * MB,
  /** All scans of one case (or intake draft): IndexedDB space on a hall desktop is shared. */
  maxCaseBytes: 50 * MB,
} as const;

/** A scan's file name as a case records it (longer names are cut, see scanFileName). */
export const SCAN_FILE_NAME_MAX = 200;

/** The name a case records for a scan: trimmed, control characters dropped, cut to length. */
export function scanFileName(fileName: string): string {
  const clean = Array.from(fileName)
    .filter((char) => char.charCodeAt(0) >= 0x20)
    .join('')
    .trim();
  return Array.from(clean || '扫描件')
    .slice(0, SCAN_FILE_NAME_MAX)
    .join('');
}

/** How many leading bytes sniffScanType needs: a PDF header may follow up to 1 KB of junk. */
export const SNIFF_BYTES = 1024;

const SCAN_LABELS: Record<ScanMimeType, string> = { 'image/jpeg': 'JPG 图片', 'image/png': 'PNG 图片', 'application/pdf': 'PDF 文件' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

/** The real type of a file from its first bytes, or null when it is none we accept. */
export function sniffScanType(head: Uint8Array): ScanMimeType | null {
  if (startsWith(head, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(head, JPEG_SIGNATURE)) return 'image/jpeg';
  // Readers accept "%PDF-" anywhere in the first 1024 bytes; some scanner drivers prepend junk.
  const window = Math.min(head.length, SNIFF_BYTES) - PDF_HEADER.length;
  for (let at = 0; at <= window; at += 1) if (startsWith(head, PDF_HEADER, at)) return 'application/pdf';
  return null;
}

/** The type a file claims by its MIME type or, failing that, its extension. */
export function claimedScanType(fileName: string, mimeType: string): ScanMimeType | null {
  if ((SCAN_MIME_TYPES as readonly string[]).includes(mimeType)) return mimeType as ScanMimeType;
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
  if (extension === 'png') return 'image/png';
  if (extension === 'pdf') return 'application/pdf';
  return null;
}

/**
 * Megabytes with one decimal, rounded up so a file just over the limit never reads as
 * within it ("10.1 MB", not "10.0 MB").
 */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;
}

/** A size for lists: "856 KB", "1.3 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return formatMegabytes(bytes);
}

export interface ScanCandidate {
  fileName: string;
  /** What the browser says (from the name); only used to explain a mismatch. */
  declaredType: string;
  bytes: number;
  /** At least the first SNIFF_BYTES bytes (or the whole file if shorter). */
  head: Uint8Array;
  /** Bytes already stored for the same case or draft. */
  bytesAlreadyStored: number;
}

export type ScanCheck =
  | { ok: true; mimeType: ScanMimeType }
  | { ok: false; code: 'EMPTY' | 'TOO_LARGE' | 'NOT_A_SCAN' | 'DISGUISED' | 'CASE_FULL'; message: string };

export type SizeRefusal = Extract<ScanCheck, { ok: false }> & { code: 'EMPTY' | 'TOO_LARGE' | 'CASE_FULL' };

/**
 * The size rules alone: the window applies them before storing a scan, the hub again before
 * it accepts an upload (it cannot trust a workstation to have checked).
 */
export function checkScanSize(fileName: string, bytes: number, bytesAlreadyStored: number): SizeRefusal | null {
  if (bytes === 0) return { ok: false, code: 'EMPTY', message: `「${fileName}」是空文件，请重新扫描` };
  if (bytes > ATTACHMENT_LIMITS.maxFileBytes) {
    return {
      ok: false,
      code: 'TOO_LARGE',
      message: `文件过大（${formatMegabytes(bytes)}），单个文件不超过 ${ATTACHMENT_LIMITS.maxFileBytes / MB} MB，请降低扫描分辨率或分页扫描`,
    };
  }
  const total = bytesAlreadyStored + bytes;
  if (total > ATTACHMENT_LIMITS.maxCaseBytes) {
    return {
      ok: false,
      code: 'CASE_FULL',
      message: `本件扫描件合计将达 ${formatMegabytes(total)}，超过每件 ${ATTACHMENT_LIMITS.maxCaseBytes / MB} MB 的上限，请删除不需要的扫描件或压缩后再上传`,
    };
  }
  return null;
}

/** Accepts a scan or says, in Chinese, why not and what to do. */
export function checkScan(candidate: ScanCandidate): ScanCheck {
  const { fileName, bytes } = candidate;
  const fileRefusal = checkScanSize(fileName, bytes, 0);
  if (fileRefusal) return fileRefusal;
  const actual = sniffScanType(candidate.head);
  if (!actual) {
    const claimed = claimedScanType(fileName, candidate.declaredType);
    return claimed
      ? {
          ok: false,
          code: 'DISGUISED',
          message: `「${fileName}」的内容不是 ${SCAN_LABELS[claimed]}（可能只是改了扩展名），请上传扫描仪生成的原始文件`,
        }
      : { ok: false, code: 'NOT_A_SCAN', message: `「${fileName}」不是可接收的扫描件，仅支持 JPG、PNG 图片或 PDF 文件` };
  }
  return checkScanSize(fileName, bytes, candidate.bytesAlreadyStored) ?? { ok: true, mimeType: actual };
}

export function isImageScan(mimeType: ScanMimeType): boolean {
  return mimeType !== 'application/pdf';
}
