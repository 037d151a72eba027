/**
 * Printing in browser mode and on Linux hosts: every PDF is first saved under the data
 * directory (the print record), then sent to CUPS with `lp` when a queue is available.
 * Without CUPS the clerk is told where the file is instead.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BridgeError, type PrintRequest, type PrintResult } from '../../shared/bridge/contract';
import { cupsDefaultQueue } from './cups-printers';

const run = promisify(execFile);

export async function printPdf(request: PrintRequest, printsDir: string, printer: string | null): Promise<PrintResult> {
  const bytes = Buffer.from(request.pdfBase64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new BridgeError('NOT_PDF', '内容不是 PDF 文件');
  await mkdir(printsDir, { recursive: true });
  const savedPath = join(printsDir, request.fileName);
  await writeFile(savedPath, bytes);

  const queue = printer ?? (await cupsDefaultQueue());
  if (!queue) return { outcome: 'saved', printer: null, savedPath, jobId: null };
  try {
    const { stdout } = await run('lp', ['-d', queue, '-o', 'media=A4', '-t', request.fileName, savedPath], { timeout: 15_000 });
    const jobId = /request id is (\S+)/.exec(stdout)?.[1] ?? null;
    return { outcome: 'printed', printer: queue, savedPath, jobId };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BridgeError('PRINT_FAILED', `打印机“${queue}”打印失败（${detail}），文件已保存：${savedPath}`);
  }
}
