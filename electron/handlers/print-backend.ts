/**
 * How a saved PDF reaches paper, per host. CUPS (`lp`) wherever CUPS exists: browser mode,
 * Linux and macOS, in Electron too. Electron on Windows prints through Chromium instead
 * (electron/main/electron-print-backend.ts). Either way no dialog is shown: the printer is
 * the one chosen in 设置, or the system default.
 */
import type { PrinterList } from '../../shared/bridge/contract';

export interface PrintJob {
  /** The PDF as saved under the profile's prints/ directory. */
  path: string;
  /** Shown in the printer queue, e.g. 受理回执-….pdf */
  title: string;
  /** Printer from 设置; null = the system default. */
  printer: string | null;
}

export interface PrintBackend {
  listPrinters(): Promise<PrinterList['printers']>;
  /** The printer used and the queue's job id; null when there is no printer at all. */
  print(job: PrintJob): Promise<{ printer: string; jobId: string | null } | null>;
}
