/**
 * Printing through the browser-mode host when the OS has several printers and none is the
 * default: print:destination asks the clerk, a print meanwhile is only saved, the clerk's
 * answer (print:choosePrinter) is remembered, and then prints go there. Answers name files,
 * never paths.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrintBackend } from '../../electron/handlers/print-backend';
import { PRINTS_FOLDER_NAME } from '../../electron/handlers/prints-folder';
import { DOCUMENT_FONT_FAMILY } from '../../shared/documents/font/document-font';
import { renderDocNode } from '../pdf/render-node';
import { startSignedInHost, type SignedInHost } from './support/signed-in-host';

const printers = [
  { name: '前台激光', description: '前台激光', isDefault: false },
  { name: '后台喷墨', description: '后台喷墨', isDefault: false },
];
const printing = {
  osNamesDefault: true,
  listPrinters: async () => printers,
  print: vi.fn(async ({ printer }: { printer: string | null }) => ({ printer: printer ?? '?', jobId: `${printer}-1` })),
  openFolder: vi.fn(async () => true),
} satisfies PrintBackend;

let host: SignedInHost;
let root: string;
let pdfBase64: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'print-channels-'));
  host = await startSignedInHost(root, { printing });
  pdfBase64 = Buffer.from(await renderDocNode({ content: ['受理回执'], defaultStyle: { font: DOCUMENT_FONT_FAMILY } })).toString('base64');
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

describe('print channels with several printers and no default', () => {
  it('asks which printer, and a print meanwhile is saved only', async () => {
    expect((await host.call('print:destination', {})).value).toEqual({ kind: 'choose', printers });
    const result = await host.call('print:pdf', { fileName: '受理回执-1.pdf', pdfBase64 });
    expect(result.value).toEqual({
      outcome: 'saved',
      printer: null,
      savedFile: '受理回执-1.pdf',
      jobId: null,
      notPrintedBecause: 'printer-not-chosen',
    });
    expect(printing.print).not.toHaveBeenCalled();
    expect(readdirSync(join(root, 'profile', PRINTS_FOLDER_NAME))).toContain('受理回执-1.pdf');
  });

  it('refuses a printer the computer does not have', async () => {
    expect((await host.call('print:choosePrinter', { printer: '不存在' })).error?.message).toBe('这台电脑上没有名为“不存在”的打印机');
  });

  it("remembers the clerk's answer in 设置 and prints there from then on", async () => {
    expect((await host.call('print:choosePrinter', { printer: '后台喷墨' })).value).toEqual({
      kind: 'printer',
      printer: '后台喷墨',
      source: 'chosen',
    });
    expect((await host.call('settings:get', {})).value?.printer).toBe('后台喷墨');
    const result = await host.call('print:pdf', { fileName: '受理回执-2.pdf', pdfBase64 });
    expect(result.value).toMatchObject({ outcome: 'printed', printer: '后台喷墨', savedFile: '受理回执-2.pdf', notPrintedBecause: null });
  });

  it('asks only once: a second answer is 设置 business', async () => {
    expect((await host.call('print:choosePrinter', { printer: '前台激光' })).error?.message).toContain('请由系统管理员在“设置”中修改');
    expect((await host.call('settings:get', {})).value?.printer).toBe('后台喷墨');
  });

  it('opens the 打印文件 folder through the host', async () => {
    expect((await host.call('print:openFolder', {})).value).toEqual({ opened: true });
    expect(printing.openFolder).toHaveBeenCalledWith(join(root, 'profile', '打印文件'));
  });

  it('finds what an older version kept in prints/ under 打印文件 after an upgrade', async () => {
    renameSync(join(root, 'profile', PRINTS_FOLDER_NAME), join(root, 'profile', 'prints'));
    await host.restart();
    expect(existsSync(join(root, 'profile', 'prints'))).toBe(false);
    expect(readdirSync(join(root, 'profile', PRINTS_FOLDER_NAME))).toEqual(expect.arrayContaining(['受理回执-1.pdf', '受理回执-2.pdf']));
  });
});
