/**
 * How a saved PDF reaches paper, per host. CUPS (`lp`) wherever CUPS exists: browser mode,
 * Linux and macOS, in Electron too. Electron on Windows prints through Chromium instead
 * (electron/main/electron-print-backend.ts). Either way no dialog is shown: the printer is
 * the one printer-choice.ts picks.
 */
import type { PrinterList } from '../../shared/bridge/print-channels';

export interface PrintJob {
  /** The PDF as saved under the profile's 打印文件 folder. */
  path: string;
  /** Shown in the printer queue, e.g. 受理回执-….pdf */
  title: string;
  /** The printer to use; null only where the OS picks its own default (osNamesDefault false). */
  printer: string | null;
}

export interface PrintBackend {
  /**
   * Whether listPrinters marks the OS default. CUPS does; Electron on Windows cannot, and
   * Windows then prints to its default when no printer is named.
   */
  readonly osNamesDefault: boolean;
  listPrinters(): Promise<PrinterList['printers']>;
  /** The printer used and the queue's job id; null when there is no printer at all. */
  print(job: PrintJob): Promise<{ printer: string; jobId: string | null } | null>;
  /** Shows a folder in the OS file manager; false when nothing could open it. */
  openFolder(path: string): Promise<boolean>;
}
