/** Builds the renderer when dist/renderer is missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureRendererBuilt(repoRoot: string): void {
  const index = join(repoRoot, 'dist', 'renderer', 'index.html');
  const sources = ['renderer', 'shared', 'seeds'].map((dir) => newestMtime(join(repoRoot, dir)));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources)) return;
  console.log('正在构建界面…');
  const result = spawnSync('npm', ['run', '--silent', 'build:renderer'], {
    cwd: repoRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error('界面构建失败');
}
