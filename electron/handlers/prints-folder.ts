/**
 * Where every printed document is also kept as a PDF: a folder named as the clerk knows it
 * from the screen ("打印文件"), so the one opened from the print outcome is the one they find
 * in the profile when IT asks. Versions before this name kept the files in `prints/`: that
 * folder is renamed once, so nothing printed earlier goes missing from the clerk's view.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export const PRINTS_FOLDER_NAME = '打印文件';
const LEGACY_PRINTS_FOLDER_NAME = 'prints';

export function printsFolder(dataDir: string): string {
  const folder = join(dataDir, PRINTS_FOLDER_NAME);
  const legacy = join(dataDir, LEGACY_PRINTS_FOLDER_NAME);
  if (existsSync(legacy) && !existsSync(folder)) renameSync(legacy, folder);
  return folder;
}
