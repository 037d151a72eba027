/**
 * print:pdf's host side: the PDF is always saved first, then handed to the host's print
 * backend for the printer the destination names. Only whole PDFs are saved, a saved print is
 * never replaced, and the answer names the saved file, never its path.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrintDestination } from '../../shared/bridge/print-channels';
import type { PrintBackend } from '../../electron/handlers/print-backend';
import { isWholePdf } from '../../electron/handlers/pdf-structure';
import { printPdf } from '../../electron/handlers/print-pdf';
import { DOCUMENT_FONT_FAMILY } from '../../shared/documents/font/document-font';
import { renderDocNode } from '../pdf/render-node';

const dir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let pdf: Buffer;
beforeAll(async () => {
  // A real pdfmake document, the kind the renderer sends.
  pdf = Buffer.from(await renderDocNode({ content: ['受理回执'], defaultStyle: { font: DOCUMENT_FONT_FAMILY } }));
});
const base64 = (bytes: Buffer) => bytes.toString('base64');

const TO_PDF: PrintDestination = { kind: 'printer', printer: 'PDF', source: 'chosen' };
const NONE: PrintDestination = { kind: 'none' };

function backend(answer: Awaited<ReturnType<PrintBackend['print']>>): PrintBackend & { print: ReturnType<typeof vi.fn> } {
  return { osNamesDefault: true, listPrinters: async () => [], print: vi.fn(async () => answer), openFolder: async () => false };
}

describe('printPdf', () => {
  it('saves the file, then prints it on the destination printer', async () => {
    const printing = backend({ printer: 'PDF', jobId: 'PDF-7' });
    const result = await printPdf({ fileName: '受理回执-1.pdf', pdfBase64: base64(pdf) }, dir, TO_PDF, printing);
    expect(result).toEqual({ outcome: 'printed', printer: 'PDF', savedFile: '受理回执-1.pdf', jobId: 'PDF-7', notPrintedBecause: null });
    expect(readFileSync(join(dir, result.savedFile)).equals(pdf)).toBe(true);
    expect(printing.print).toHaveBeenCalledWith({ path: join(dir, '受理回执-1.pdf'), title: '受理回执-1.pdf', printer: 'PDF' });
  });

  it('only saves when there is no printer at all, and says so without a path', async () => {
    const printing = backend(null);
    const result = await printPdf({ fileName: '受理回执-2.pdf', pdfBase64: base64(pdf) }, dir, NONE, printing);
    expect(result).toEqual({ outcome: 'saved', printer: null, savedFile: '受理回执-2.pdf', jobId: null, notPrintedBecause: 'no-printer' });
    expect(printing.print).not.toHaveBeenCalled();
  });

  it('only saves while the clerk has not chosen among several printers', async () => {
    const printing = backend({ printer: 'A', jobId: 'A-1' });
    const printers = [
      { name: 'A', description: 'A', isDefault: false },
      { name: 'B', description: 'B', isDefault: false },
    ];
    const result = await printPdf({ fileName: '受理回执-4.pdf', pdfBase64: base64(pdf) }, dir, { kind: 'choose', printers }, printing);
    expect(result).toMatchObject({ outcome: 'saved', notPrintedBecause: 'printer-not-chosen' });
    expect(printing.print).not.toHaveBeenCalled();
  });

  it('never overwrites an earlier print of the same name: each copy gets its own file', async () => {
    const other = Buffer.from(await renderDocNode({ content: ['第二份'], defaultStyle: { font: DOCUMENT_FONT_FAMILY } }));
    const first = await printPdf({ fileName: '受理回执-3.pdf', pdfBase64: base64(pdf) }, dir, NONE, backend(null));
    const [second, third] = await Promise.all([
      printPdf({ fileName: '受理回执-3.pdf', pdfBase64: base64(other) }, dir, NONE, backend(null)),
      printPdf({ fileName: '受理回执-3.pdf', pdfBase64: base64(other) }, dir, NONE, backend(null)),
    ]);
    expect(first.savedFile).toBe('受理回执-3.pdf');
    expect([second.savedFile, third.savedFile].sort()).toEqual(['受理回执-3 (2).pdf', '受理回执-3 (3).pdf']);
    expect(readFileSync(join(dir, first.savedFile)).equals(pdf)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith('受理回执-3'))).toHaveLength(3);
  });

  it.each([
    ['bytes that are not a PDF', Buffer.from('JVBERi0 but not really')],
    ['a PDF header over arbitrary bytes', Buffer.from('%PDF-1.7\nrm -rf /\n%%EOF\n')],
    ['a PDF cut short (no trailer)', () => pdf.subarray(0, pdf.length - 200)],
    [
      'a startxref pointing outside the file',
      () => Buffer.from(pdf.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n99999999'), 'latin1'),
    ],
  ])('refuses %s, before saving or printing', async (_case, bytes) => {
    const printing = backend(null);
    const before = readdirSync(dir).length;
    const body = typeof bytes === 'function' ? bytes() : bytes;
    await expect(printPdf({ fileName: 'x.pdf', pdfBase64: base64(body) }, dir, TO_PDF, printing)).rejects.toThrow(
      '内容不是完整的 PDF 文件',
    );
    expect(printing.print).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toHaveLength(before);
  });
});

describe('isWholePdf', () => {
  it('accepts a PDF whose cross-reference is a stream (PDF 1.5+)', () => {
    const body = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
    const stream = `${body}2 0 obj\n<< /Type /XRef /Size 3 >>\nstream\nendstream\nendobj\nstartxref\n${body.length}\n%%EOF\n`;
    expect(isWholePdf(Buffer.from(stream, 'latin1'))).toBe(true);
  });
});
