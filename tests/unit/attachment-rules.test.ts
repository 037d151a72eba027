/** Scanned materials: recognised by content, within the size limits, refused in Chinese. */
import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_LIMITS,
  checkScan,
  claimedScanType,
  formatFileSize,
  formatMegabytes,
  sniffScanType,
  type ScanCandidate,
} from '../../shared/domain/matter/attachment-rules';

const MB = 1024 * 1024;
const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

const PNG_HEAD = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG_HEAD = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46);
const PDF_HEAD = text('%PDF-1.7\n%âãÏÓ\n');

const candidate = (overrides: Partial<ScanCandidate>): ScanCandidate => ({
  fileName: '身份证.png',
  declaredType: 'image/png',
  bytes: 200_000,
  head: PNG_HEAD,
  bytesAlreadyStored: 0,
  ...overrides,
});

describe('sniffScanType', () => {
  it('knows PNG, JPEG and PDF by their first bytes', () => {
    expect(sniffScanType(PNG_HEAD)).toBe('image/png');
    expect(sniffScanType(JPEG_HEAD)).toBe('image/jpeg');
    expect(sniffScanType(PDF_HEAD)).toBe('application/pdf');
  });

  it('finds a PDF header behind a scanner driver preamble within the first kilobyte', () => {
    expect(sniffScanType(new Uint8Array([...new Uint8Array(600), ...PDF_HEAD]))).toBe('application/pdf');
    expect(sniffScanType(new Uint8Array([...new Uint8Array(1020), ...PDF_HEAD]))).toBeNull();
  });

  it('refuses text, truncated signatures, other images and an empty head', () => {
    expect(sniffScanType(text('这不是图片，只是一段文字'))).toBeNull();
    expect(sniffScanType(PNG_HEAD.slice(0, 5))).toBeNull();
    expect(sniffScanType(text('GIF89a'))).toBeNull();
    expect(sniffScanType(new Uint8Array())).toBeNull();
  });
});

describe('claimedScanType', () => {
  it('reads the MIME type first and falls back to the extension', () => {
    expect(claimedScanType('a.bin', 'application/pdf')).toBe('application/pdf');
    expect(claimedScanType('扫描件.JPG', '')).toBe('image/jpeg');
    expect(claimedScanType('scan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBeNull();
  });
});

describe('sizes as the window prints them', () => {
  it('rounds megabytes up so a file over the limit never reads as within it', () => {
    expect(formatMegabytes(12.3 * MB)).toBe('12.3 MB');
    expect(formatMegabytes(10 * MB + 1)).toBe('10.1 MB');
    expect(formatFileSize(856 * 1024)).toBe('856 KB');
    expect(formatFileSize(10)).toBe('1 KB');
    expect(formatFileSize(1.25 * MB)).toBe('1.3 MB');
  });
});

describe('checkScan', () => {
  it('accepts a real scan and reports its sniffed type, whatever the name says', () => {
    expect(checkScan(candidate({}))).toEqual({ ok: true, mimeType: 'image/png' });
    expect(checkScan(candidate({ fileName: 'scan.png', head: JPEG_HEAD }))).toEqual({ ok: true, mimeType: 'image/jpeg' });
  });

  it('accepts exactly 10 MB and refuses one byte more with the size in the message', () => {
    expect(checkScan(candidate({ bytes: ATTACHMENT_LIMITS.maxFileBytes })).ok).toBe(true);
    expect(checkScan(candidate({ bytes: 12.3 * MB }))).toMatchObject({
      ok: false,
      code: 'TOO_LARGE',
      message: expect.stringContaining('文件过大（12.3 MB），单个文件不超过 10 MB'),
    });
  });

  it('calls a renamed text file what it is', () => {
    const result = checkScan(candidate({ fileName: '假图片.png', head: text('hello') }));
    expect(result).toMatchObject({ ok: false, code: 'DISGUISED' });
    expect(!result.ok && result.message).toContain('「假图片.png」的内容不是 PNG 图片');
  });

  it('refuses other kinds of files and empty files', () => {
    expect(checkScan(candidate({ fileName: '说明.docx', declaredType: '', head: bytes(0x50, 0x4b, 3, 4) }))).toMatchObject({
      ok: false,
      code: 'NOT_A_SCAN',
      message: '「说明.docx」不是可接收的扫描件，仅支持 JPG、PNG 图片或 PDF 文件',
    });
    expect(checkScan(candidate({ bytes: 0 }))).toMatchObject({ ok: false, code: 'EMPTY' });
  });

  it('keeps the whole case within 50 MB', () => {
    expect(checkScan(candidate({ bytes: 5 * MB, bytesAlreadyStored: 45 * MB })).ok).toBe(true);
    expect(checkScan(candidate({ bytes: 6 * MB, bytesAlreadyStored: 45 * MB }))).toMatchObject({
      ok: false,
      code: 'CASE_FULL',
      message: expect.stringContaining('合计将达 51.0 MB，超过每件 50 MB 的上限'),
    });
  });
});
