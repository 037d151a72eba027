/**
 * The printers CUPS knows (browser mode, Linux and macOS): `lpstat -e` names every
 * destination, `lpstat -d` the default. No CUPS (or no scheduler running) is an empty list,
 * not an error: the clerk can still save PDFs and print them by hand.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { PrinterList } from '../../shared/bridge/contract';

const run = promisify(execFile);

export async function cupsDefaultQueue(): Promise<string | null> {
  try {
    const { stdout } = await run('lpstat', ['-d'], { timeout: 5_000 });
    return /system default destination:\s*(\S+)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

export async function listCupsPrinters(): Promise<PrinterList['printers']> {
  let stdout: string;
  try {
    ({ stdout } = await run('lpstat', ['-e'], { timeout: 5_000 }));
  } catch {
    return [];
  }
  const fallback = await cupsDefaultQueue();
  const names = stdout.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  return names.map((name) => ({ name, description: name, isDefault: name === fallback }));
}
