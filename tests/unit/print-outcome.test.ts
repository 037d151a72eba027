/** What the clerk reads after a print: the printer, or why the copy was only saved, and never a path. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describePrintOutcome, type PrintOutcome } from '../../renderer/features/printing/send-pdf';

const saved = (notPrintedBecause: PrintOutcome['notPrintedBecause'], copyNumber = 1): PrintOutcome => ({
  outcome: 'saved',
  printer: null,
  savedFile: '受理回执-5101040101202612070001.pdf',
  jobId: null,
  notPrintedBecause,
  copyNumber,
});

describe('describePrintOutcome', () => {
  it('names the printer and the job of a printed copy', () => {
    const printed: PrintOutcome = {
      outcome: 'printed',
      printer: 'PDF',
      savedFile: 'x.pdf',
      jobId: 'PDF-12',
      notPrintedBecause: null,
      copyNumber: 2,
    };
    expect(describePrintOutcome('受理回执', printed)).toEqual({
      kind: 'ok',
      text: '受理回执（补打第2份）已发送到打印机“PDF”（任务 PDF-12）',
      offerFolder: false,
    });
  });

  it('says a computer without printers saved the copy in the 打印文件 folder, and offers to open it', () => {
    expect(describePrintOutcome('受理回执', saved('no-printer'))).toEqual({
      kind: 'warning',
      text: '这台电脑没有连接打印机：受理回执已保存到“打印文件”文件夹，可稍后打印',
      offerFolder: true,
    });
  });

  it('says when no printer was chosen among several', () => {
    expect(describePrintOutcome('一次性告知书', saved('printer-not-chosen')).text).toBe(
      '还没有选择打印机：一次性告知书已保存到“打印文件”文件夹，可稍后打印',
    );
  });

  it('never shows the saved file or any path', () => {
    for (const reason of ['no-printer', 'printer-not-chosen'] as const) {
      expect(describePrintOutcome('受理回执', saved(reason)).text).not.toMatch(/[/\\]|\.pdf/);
    }
  });
});
