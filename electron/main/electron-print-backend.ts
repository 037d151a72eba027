/**
 * Printing in Electron without a dialog. Where CUPS exists (Linux, macOS) `lp` does it, as in
 * browser mode. On Windows the saved PDF is opened in a hidden, sandboxed window (Chromium's
 * PDF viewer) and printed with webContents.print({ silent: true, deviceName }); Electron 37+
 * (and the 35/36 backports) print PDFs this way, blank pages and stuck silent jobs fixed
 * (electron/electron#43309, #47377, #47378). The printer list is Chromium's, the OS names.
 *
 * Not run on our build machines (no Electron binary, no Windows): typechecked only.
 */
import { pathToFileURL } from 'node:url';
import { BrowserWindow, shell, type WebContents } from 'electron';
import { BridgeError } from '../../shared/bridge/contract';
import { PRINTS_FOLDER_LABEL } from '../../shared/bridge/print-channels';
import { cupsPrintBackend } from '../handlers/cups-printers';
import type { PrintBackend, PrintJob } from '../handlers/print-backend';

const PRINT_TIMEOUT_MS = 60_000;
/** The PDF viewer reports load before its document is laid out; printing sooner can give blank pages. */
const VIEWER_SETTLE_MS = 750;
/** Every failure says where the file is in the clerk's terms, never as a path. */
const KEPT = `文书已保存到“${PRINTS_FOLDER_LABEL}”文件夹`;

function printHiddenPdf(job: PrintJob): Promise<void> {
  const window = new BrowserWindow({
    show: false,
    width: 800,
    height: 1100,
    // plugins: Chromium's PDF viewer; no preload: the window gets no bridge.
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, spellcheck: false },
  });
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BridgeError('PRINT_FAILED', `打印超时，${KEPT}`)), PRINT_TIMEOUT_MS);
    window.webContents.once('did-finish-load', () => {
      setTimeout(() => {
        window.webContents.print(
          { silent: true, printBackground: true, deviceName: job.printer ?? undefined, pageSize: 'A4', margins: { marginType: 'none' } },
          (success, failureReason) => {
            clearTimeout(timer);
            if (success) resolve();
            else reject(new BridgeError('PRINT_FAILED', `打印失败（${failureReason || '未知原因'}），${KEPT}`));
          },
        );
      }, VIEWER_SETTLE_MS);
    });
    window.webContents.once('did-fail-load', (_event, _code, description) => {
      clearTimeout(timer);
      reject(new BridgeError('PRINT_FAILED', `无法打开待打印文件（${description}），${KEPT}`));
    });
  });
  void window.loadURL(pathToFileURL(job.path).href).catch(() => undefined);
  return done.finally(() => window.destroy());
}

/** `printerList`: the web contents whose Chromium lists the OS printers (the main window's). */
export function createElectronPrintBackend(printerList: () => WebContents | undefined): PrintBackend {
  // shell.openPath answers '' on success, else the reason.
  const openFolder = async (path: string) => (await shell.openPath(path)) === '';
  if (process.platform !== 'win32') return { ...cupsPrintBackend, openFolder };
  return {
    osNamesDefault: false,
    openFolder,
    async listPrinters() {
      const printers = (await printerList()?.getPrintersAsync()) ?? [];
      return printers.map((printer) => ({
        name: printer.name,
        description: printer.displayName || printer.name,
        // Electron no longer says which printer is the default: printer-choice.ts then lets
        // Windows print to its own default when several are listed.
        isDefault: false,
      }));
    },
    async print(job) {
      await printHiddenPdf(job);
      return { printer: job.printer ?? '系统默认打印机', jobId: null };
    },
  };
}
