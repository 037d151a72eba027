/**
 * Opens a folder in the desktop's file manager from a plain Node host (browser mode runs on
 * the clerk's own computer, 127.0.0.1 only): xdg-open, open or explorer. The opener is left
 * running on its own; only a failure to start it counts as "could not open".
 */
import { spawn } from 'node:child_process';

function openerFor(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'explorer';
  if (platform === 'darwin') return 'open';
  return 'xdg-open';
}

export function openFolderWithDesktop(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(openerFor(process.platform), [path], { detached: true, stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
