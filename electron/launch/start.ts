/**
 * `npm start`: one command for a working workstation.
 *   1. build the renderer if its sources changed;
 *   2. hubs: HUB_URL (+ HUB_ENROLLMENT_CODE) when configured, else the embedded pair;
 *   3. the Electron window when the runtime is present, else browser mode on 127.0.0.1.
 * Options: --profile NAME (a second workstation on the same machine), --browser, --port N.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWorkstationHost } from '../browser-host/workstation-host';
import { ensureProfileDir, workstationDataRoot } from '../data-root';
import { findElectronRuntime } from './electron-runtime';
import { profilePort } from './host-port';
import { resolveLaunchHubs } from './launch-hubs';
import { ensureRendererBuilt } from './renderer-build';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'default' },
    browser: { type: 'boolean', default: false },
    port: { type: 'string' },
  },
});

const dataRoot = workstationDataRoot();
const profile = ensureProfileDir(dataRoot, values.profile);
ensureRendererBuilt(repoRoot);

const hubs = await resolveLaunchHubs(repoRoot, dataRoot);
const electronBinary = values.browser ? null : findElectronRuntime();

if (electronBinary) {
  const build = spawnSync('npm', ['run', '--silent', 'build:electron'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('Electron 主进程构建失败');
  const app = spawn(electronBinary, [repoRoot, `--profile=${values.profile}`], {
    stdio: 'inherit',
    env: {
      ...process.env,
      CHUANYU_PROFILE: values.profile,
      CHUANYU_HUB_URLS: JSON.stringify(hubs.hubs),
      CHUANYU_ENROLLMENT_CODES: JSON.stringify(hubs.enrollmentCodes),
    },
  });
  app.on('exit', (code) => void hubs.stop().then(() => process.exit(code ?? 0)));
} else {
  if (!values.browser) console.log('未找到 Electron 运行时，改用浏览器模式（用 Chromium 打开下面的地址）。');
  const host = await startWorkstationHost({
    profileDir: profile,
    port: await profilePort(profile, values.port ? Number(values.port) : undefined),
    rendererDir: join(repoRoot, 'dist', 'renderer'),
    hubUrls: hubs.hubs,
    enrollmentCodes: hubs.enrollmentCodes,
  });
  // One-time address: it signs in the browser that opens it (browser-host/launch-session.ts).
  console.log(`工作站已启动，请用浏览器打开（地址只能使用一次）：${host.launchUrl()}`);
  const stop = () =>
    void host
      .close()
      .then(() => hubs.stop())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
