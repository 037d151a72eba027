/** print:pdf's host side: the PDF is always saved first, then handed to the host's print backend. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PrintBackend } from '../../electron/handlers/print-backend';
import { printPdf } from '../../electron/handlers/print-pdf';

const dir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64');

function backend(answer: Awaited<ReturnType<PrintBackend['print']>>): PrintBackend & { print: ReturnType<typeof vi.fn> } {
  return { listPrinters: async () => [], print: vi.fn(async () => answer) };
}

describe('printPdf', () => {
  it('saves the file, then prints it on the printer from 设置', async () => {
    const printing = backend({ printer: 'PDF', jobId: 'PDF-7' });
    const result = await printPdf({ fileName: '受理回执-1.pdf', pdfBase64: PDF }, dir, 'PDF', printing);
    expect(result).toEqual({ outcome: 'printed', printer: 'PDF', savedPath: join(dir, '受理回执-1.pdf'), jobId: 'PDF-7' });
    expect(readFileSync(result.savedPath, 'latin1')).toContain('%PDF-');
    expect(printing.print).toHaveBeenCalledWith({ path: result.savedPath, title: '受理回执-1.pdf', printer: 'PDF' });
  });

  it('says where the file is when there is no printer at all', async () => {
    const result = await printPdf({ fileName: '受理回执-2.pdf', pdfBase64: PDF }, dir, null, backend(null));
    expect(result).toMatchObject({ outcome: 'saved', printer: null, jobId: null });
  });

  it('refuses bytes that are not a PDF, before saving or printing', async () => {
    const printing = backend(null);
    const notPdf = Buffer.from('JVBERi0 but not really').toString('base64');
    await expect(printPdf({ fileName: 'x.pdf', pdfBase64: notPdf }, dir, null, printing)).rejects.toThrow('内容不是 PDF 文件');
    expect(printing.print).not.toHaveBeenCalled();
  });
});
