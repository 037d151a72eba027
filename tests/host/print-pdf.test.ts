/**
 * print:pdf's host side: the PDF is always saved first, then handed to the host's print
 * backend. Only whole PDFs are saved, and a saved print is never replaced.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

function backend(answer: Awaited<ReturnType<PrintBackend['print']>>): PrintBackend & { print: ReturnType<typeof vi.fn> } {
  return { listPrinters: async () => [], print: vi.fn(async () => answer) };
}

describe('printPdf', () => {
  it('saves the file, then prints it on the printer from 设置', async () => {
    const printing = backend({ printer: 'PDF', jobId: 'PDF-7' });
    const result = await printPdf({ fileName: '受理回执-1.pdf', pdfBase64: base64(pdf) }, dir, 'PDF', printing);
    expect(result).toEqual({ outcome: 'printed', printer: 'PDF', savedPath: join(dir, '受理回执-1.pdf'), jobId: 'PDF-7' });
    expect(readFileSync(result.savedPath).equals(pdf)).toBe(true);
    expect(printing.print).toHaveBeenCalledWith({ path: result.savedPath, title: '受理回执-1.pdf', printer: 'PDF' });
  });

  it('says where the file is when there is no printer at all', async () => {
    const result = await printPdf({ fileName: '受理回执-2.pdf', pdfBase64: base64(pdf) }, dir, null, backend(null));
    expect(result).toMatchObject({ outcome: 'saved', printer: null, jobId: null });
  });

  it('never overwrites an earlier print of the same name: each copy gets its own file', async () => {
    const other = Buffer.from(await renderDocNode({ content: ['第二份'], defaultStyle: { font: DOCUMENT_FONT_FAMILY } }));
    const first = await printPdf({ fileName: '受理回执-3.pdf', pdfBase64: base64(pdf) }, dir, null, backend(null));
    const [second, third] = await Promise.all([
      printPdf({ fileName: '受理回执-3.pdf', pdfBase64: base64(other) }, dir, null, backend(null)),
      printPdf({ fileName: '受理回执-3.pdf', pdfBase64: base64(other) }, dir, null, backend(null)),
    ]);
    expect(first.savedPath).toBe(join(dir, '受理回执-3.pdf'));
    expect([second!.savedPath, third!.savedPath].sort()).toEqual([join(dir, '受理回执-3 (2).pdf'), join(dir, '受理回执-3 (3).pdf')]);
    expect(readFileSync(first.savedPath).equals(pdf)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith('受理回执-3'))).toHaveLength(3);
  });

  it.each([
    ['bytes that are not a PDF', Buffer.from('JVBERi0 but not really')],
    ['a PDF header over arbitrary bytes', Buffer.from('%PDF-1.7\nrm -rf /\n%%EOF\n')],
    ['a PDF cut short (no trailer)', () => pdf.subarray(0, pdf.length - 200)],
    ['a startxref pointing outside the file', () => Buffer.from(pdf.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n99999999'), 'latin1')],
  ])('refuses %s, before saving or printing', async (_case, bytes) => {
    const printing = backend(null);
    const before = readdirSync(dir).length;
    const body = typeof bytes === 'function' ? bytes() : bytes;
    await expect(printPdf({ fileName: 'x.pdf', pdfBase64: base64(body) }, dir, null, printing)).rejects.toThrow('内容不是完整的 PDF 文件');
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
