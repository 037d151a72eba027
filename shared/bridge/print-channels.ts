/**
 * The bridge channels for printing (host side: electron/handlers/print-*.ts).
 *
 *   print:pdf           save the PDF under the profile's 打印文件 folder, then print it where
 *                       print:destination says; the answer names the saved file, never its path
 *   print:printers      the printers the OS lists (设置)
 *   print:destination   where the next print goes, in the clerk's terms: a printer (and why
 *                       that one), "ask the clerk" (several printers, none the default), or none
 *   print:choosePrinter the clerk's answer to "which printer?": remembered in 设置
 *   print:openFolder    opens the 打印文件 folder in the OS file manager
 */
import { z } from 'zod';

const empty = z.object({}).strict();

/** What every message calls the folder of saved prints (the profile's prints/ directory). */
export const PRINTS_FOLDER_LABEL = '打印文件';

/** A bare file name (no path, no characters Windows or CUPS choke on) ending in .pdf. */
function isSafePdfFileName(name: string): boolean {
  const hasControl = Array.from(name).some((char) => char.charCodeAt(0) < 0x20);
  return !hasControl && /^[^/\\:*?"<>|]{1,120}\.pdf$/.test(name) && !name.startsWith('.');
}

/** A PDF is at most a few hundred KB; the cap keeps a runaway renderer from flooding the host. */
export const MAX_PDF_BYTES = 8 * 1024 * 1024;

export const printRequestSchema = z.object({
  /** File name without directory, e.g. 受理回执-5101040101202611290001.pdf */
  fileName: z.string().refine(isSafePdfFileName, { message: '文件名不合法' }),
  pdfBase64: z
    .string()
    .max(Math.ceil((MAX_PDF_BYTES * 4) / 3) + 4, { message: 'PDF 文件过大' })
    .refine((text) => text.startsWith('JVBERi0'), { message: '内容不是 PDF 文件' }),
});

export const printResultSchema = z.object({
  outcome: z.enum(['printed', 'saved']),
  printer: z.string().nullable(),
  /** The file's name in the 打印文件 folder (a second copy gets " (2)"); never a path. */
  savedFile: z.string(),
  jobId: z.string().nullable(),
  /** Why a saved file was not printed: no printer at all, or several and none chosen yet. */
  notPrintedBecause: z.enum(['no-printer', 'printer-not-chosen']).nullable(),
});

/** A printer as the OS names it: CUPS queue or Windows printer (spaces and \\server\name allowed). */
export const printerNameSchema = z
  .string()
  .trim()
  .min(1, { message: '请选择打印机' })
  .max(127, { message: '打印机名称过长' })
  .refine((name) => Array.from(name).every((char) => char.charCodeAt(0) >= 0x20) && !name.startsWith('-'), { message: '打印机名称不合法' });

/** null = 自动选择 (the system default, or the only printer). */
export const savePrinterSchema = z.object({ printer: printerNameSchema.nullable() });

const printerSchema = z.object({ name: z.string(), description: z.string(), isDefault: z.boolean() });
export const printersSchema = z.object({ printers: z.array(printerSchema) });

/**
 * Where a print goes now. `printer: null` only where the OS picks its own default without
 * naming it (Electron on Windows). `source` says why, for the clerk: chosen in 设置 (or
 * answered once), the system's default, or the only printer this computer has.
 */
export const printDestinationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('printer'), printer: z.string().nullable(), source: z.enum(['chosen', 'system-default', 'only-printer']) }),
  z.object({ kind: z.literal('choose'), printers: z.array(printerSchema).min(2) }),
  z.object({ kind: z.literal('none') }),
]);

export const printChannels = {
  'print:pdf': { input: printRequestSchema, output: printResultSchema },
  'print:printers': { input: empty, output: printersSchema },
  'print:destination': { input: empty, output: printDestinationSchema },
  'print:choosePrinter': { input: z.object({ printer: printerNameSchema }).strict(), output: printDestinationSchema },
  'print:openFolder': { input: empty, output: z.object({ opened: z.boolean() }) },
} as const;

export type PrinterList = z.infer<typeof printersSchema>;
export type PrintRequest = z.infer<typeof printRequestSchema>;
export type PrintResult = z.infer<typeof printResultSchema>;
export type PrintDestination = z.infer<typeof printDestinationSchema>;
