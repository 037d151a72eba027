/**
 * Where a user's workstation data lives — settings, the disk journal, keys, prints, the
 * embedded hubs' databases and, in Electron, the IndexedDB of each profile. One rule for the
 * Electron main process and the `npm start` launcher (browser mode), so both modes find the
 * same data on every platform:
 *
 *   CHUANYU_DATA_DIR (absolute)             when set (tests, a second disk)
 *   Windows  %APPDATA%\chuanyu-window
 *   macOS    ~/Library/Application Support/chuanyu-window
 *   Linux    $XDG_DATA_HOME/chuanyu-window or ~/.local/share/chuanyu-window
 *
 * Changing this moves every offline case out of sight: never change it silently.
 */
import { homedir } from 'node:os';
import { isAbsolute, join, win32 } from 'node:path';
import { ensurePrivateDirsSync } from './private-files';

const APP_DIR = 'chuanyu-window';

export interface DataRootContext {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

export function workstationDataRoot(
  { env, platform, home }: DataRootContext = { env: process.env, platform: process.platform, home: homedir() },
): string {
  const override = env.CHUANYU_DATA_DIR;
  if (override) {
    if (!isAbsolute(override) && !win32.isAbsolute(override)) throw new Error(`CHUANYU_DATA_DIR 必须是绝对路径：${override}`);
    return override;
  }
  if (platform === 'win32') return win32.join(env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'), APP_DIR);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR);
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), APP_DIR);
}

/** One profile's directory under the root; the name may not climb out of `profiles/`. */
export function profileDir(root: string, profile: string): string {
  if (!/^[\w-]{1,40}$/.test(profile)) throw new Error(`配置名只能包含字母、数字、下划线和连字符：${profile}`);
  return join(root, 'profiles', profile);
}

/** The profile's directory, created with the root and profiles/ as owner-only directories. */
export function ensureProfileDir(root: string, profile: string): string {
  const dir = profileDir(root, profile);
  ensurePrivateDirsSync(root, join(root, 'profiles'), dir);
  return dir;
}
