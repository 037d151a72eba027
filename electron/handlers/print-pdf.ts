/**
 * Every print starts here: the PDF is first saved under the data directory (the print
 * record), then handed to the host's print backend (CUPS, or Chromium in Electron on
 * Windows). Without any printer the clerk is told where the file is instead.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BridgeError, type PrintRequest, type PrintResult } from '../../shared/bridge/contract';
import { ensurePrivateDir, PRIVATE_FILE } from '../private-files';
import type { PrintBackend } from './print-backend';

export async function printPdf(request: PrintRequest, printsDir: string, printer: string | null, backend: PrintBackend): Promise<PrintResult> {
  const bytes = Buffer.from(request.pdfBase64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new BridgeError('NOT_PDF', '内容不是 PDF 文件');
  await ensurePrivateDir(printsDir);
  const savedPath = join(printsDir, request.fileName);
  await writeFile(savedPath, bytes, PRIVATE_FILE);

  const printed = await backend.print({ path: savedPath, title: request.fileName, printer });
  if (!printed) return { outcome: 'saved', printer: null, savedPath, jobId: null };
  return { outcome: 'printed', printer: printed.printer, savedPath, jobId: printed.jobId };
}
