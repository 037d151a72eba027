/**
 * Printing through CUPS (browser mode, Linux and macOS): `lpstat -e` names every
 * destination, `lpstat -d` the default, `lp` queues a job. No CUPS (or no scheduler running)
 * is an empty list and "no printer", not an error: the clerk still has the saved PDF.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BridgeError } from '../../shared/bridge/contract';
import { PRINTS_FOLDER_LABEL } from '../../shared/bridge/print-channels';
import { openFolderWithDesktop } from './open-folder';
import type { PrintBackend } from './print-backend';

const run = promisify(execFile);

async function cupsDefaultQueue(): Promise<string | null> {
  try {
    const { stdout } = await run('lpstat', ['-d'], { timeout: 5_000 });
    return /system default destination:\s*(\S+)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

export const cupsPrintBackend: PrintBackend = {
  osNamesDefault: true,

  async listPrinters() {
    let stdout: string;
    try {
      ({ stdout } = await run('lpstat', ['-e'], { timeout: 5_000 }));
    } catch {
      return [];
    }
    const fallback = await cupsDefaultQueue();
    const names = stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    return names.map((name) => ({ name, description: name, isDefault: name === fallback }));
  },

  async print({ path, title, printer }) {
    const queue = printer ?? (await cupsDefaultQueue());
    if (!queue) return null;
    try {
      const { stdout } = await run('lp', ['-d', queue, '-o', 'media=A4', '-t', title, path], { timeout: 15_000 });
      return { printer: queue, jobId: /request id is (\S+)/.exec(stdout)?.[1] ?? null };
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new BridgeError('PRINT_FAILED', `打印机“${queue}”打印失败（${detail}），文书已保存到“${PRINTS_FOLDER_LABEL}”文件夹`);
    }
  },

  openFolder: openFolderWithDesktop,
};
