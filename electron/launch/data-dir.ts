/**
 * Where a user's workstation data lives (settings, prints, embedded hub databases).
 * CHUANYU_DATA_DIR overrides it, e.g. for tests or a second disk.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function userDataRoot(): string {
  if (process.env.CHUANYU_DATA_DIR) return process.env.CHUANYU_DATA_DIR;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'chuanyu-window');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'chuanyu-window');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'chuanyu-window');
}

export function profileDir(root: string, profile: string): string {
  if (!/^[\w-]{1,40}$/.test(profile)) throw new Error(`配置名只能包含字母、数字、下划线和连字符：${profile}`);
  return join(root, 'profiles', profile);
}
