/**
 * Finds the Electron binary without letting `require('electron')` download it behind our
 * back: the package fetches its binary lazily, which fails (quickly) where there is no
 * internet. Build machines set ELECTRON_OVERRIDE_DIST_PATH to a missing path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const INSTALL_TIMEOUT_MS = 10 * 60_000;

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function installedBinary(packageDir: string): string | null {
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined) {
    const candidate = join(override, executable ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!executable) return null;
  const candidate = join(packageDir, 'dist', executable);
  return existsSync(candidate) ? candidate : null;
}

/** The Electron executable, downloading it once if this machine can; null when absent. */
export function findElectronRuntime(): string | null {
  const packageDir = electronPackageDir();
  if (!packageDir) return null;
  const found = installedBinary(packageDir);
  if (found || process.env.ELECTRON_OVERRIDE_DIST_PATH !== undefined) return found;
  console.log(
    '首次启动：正在下载 Electron 运行时（约 100 MB，只需一次）。' +
      '不需要桌面窗口时可按 Ctrl+C 后用 `npm start -- --browser` 以浏览器模式运行；' +
      '无法联网的机器请设置 ELECTRON_OVERRIDE_DIST_PATH 跳过下载。',
  );
  const install = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'inherit', timeout: INSTALL_TIMEOUT_MS });
  if (install.status !== 0) console.log('Electron 运行时下载失败，改用浏览器模式。');
  return install.status === 0 ? installedBinary(packageDir) : null;
}
