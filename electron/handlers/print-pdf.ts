/**
 * Every print starts here: the PDF is first saved under the data directory (the print
 * record, the clerk's 打印文件 folder), then handed to the host's print backend (CUPS, or
 * Chromium in Electron on Windows) for the printer printer-choice.ts picked. Without one the
 * answer says why, and names the saved file only: the renderer offers to open the folder,
 * a clerk never reads a path. A saved print is never replaced: a second print of the same
 * document gets its own name.
 */
import { writeFile } from 'node:fs/promises';
import { basename, join, parse } from 'node:path';
import { BridgeError } from '../../shared/bridge/contract';
import type { PrintDestination, PrintRequest, PrintResult } from '../../shared/bridge/print-channels';
import { errorCode } from './journal/journal-files';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../private-files';
import { isWholePdf } from './pdf-structure';
import type { PrintBackend } from './print-backend';

/** More copies of one document than a hall ever prints; past it something is looping. */
const MAX_COPIES = 1000;

/** Writes `bytes` as `fileName`, or `name (2).pdf`, `name (3).pdf`… when taken; never overwrites. */
async function saveUnderFreshName(dir: string, fileName: string, bytes: Buffer): Promise<string> {
  const { name, ext } = parse(fileName);
  for (let copy = 1; copy <= MAX_COPIES; copy += 1) {
    const path = join(dir, copy === 1 ? fileName : `${name} (${copy})${ext}`);
    try {
      // 'wx' fails when the file exists, atomically: two prints at once cannot take one name.
      await writeFile(path, bytes, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return path;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  throw new BridgeError('PRINT_NAME_TAKEN', `同名打印文件已超过 ${MAX_COPIES} 份，请清理打印记录目录`);
}

export async function printPdf(
  request: PrintRequest,
  printsDir: string,
  destination: PrintDestination,
  backend: PrintBackend,
): Promise<PrintResult> {
  const bytes = Buffer.from(request.pdfBase64, 'base64');
  if (!isWholePdf(bytes)) throw new BridgeError('NOT_PDF', '内容不是完整的 PDF 文件，未保存也未打印');
  await ensurePrivateDir(printsDir);
  const savedPath = await saveUnderFreshName(printsDir, request.fileName, bytes);
  const savedFile = basename(savedPath);
  const saved = (notPrintedBecause: PrintResult['notPrintedBecause']): PrintResult => ({
    outcome: 'saved',
    printer: null,
    savedFile,
    jobId: null,
    notPrintedBecause,
  });

  if (destination.kind === 'none') return saved('no-printer');
  if (destination.kind === 'choose') return saved('printer-not-chosen');
  const printed = await backend.print({ path: savedPath, title: request.fileName, printer: destination.printer });
  if (!printed) return saved('no-printer');
  return { outcome: 'printed', printer: printed.printer, savedFile, jobId: printed.jobId, notPrintedBecause: null };
}
