/**
 * `npm run dev`: the renderer with hot reload, in browser mode, against the embedded hubs
 * (or HUB_URL). The workstation host serves Vite from inside itself (vite-live-renderer.ts),
 * so the bridge keeps its token, Origin and launch-cookie checks exactly as in `npm start`.
 * Its own profile ("dev" unless --profile): development data never mixes with a real one.
 * Options: --profile NAME, --port N.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWorkstationHost } from '../browser-host/workstation-host';
import { ensureProfileDir, workstationDataRoot } from '../data-root';
import { profilePort } from './host-port';
import { resolveLaunchHubs } from './launch-hubs';
import { viteLiveRenderer } from './vite-live-renderer';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'dev' },
    port: { type: 'string' },
  },
});

const dataRoot = workstationDataRoot();
const profile = ensureProfileDir(dataRoot, values.profile);
const hubs = await resolveLaunchHubs(repoRoot, dataRoot);
const host = await startWorkstationHost({
  profileDir: profile,
  port: await profilePort(profile, values.port ? Number(values.port) : undefined),
  rendererDir: join(repoRoot, 'dist', 'renderer'),
  hubUrls: hubs.hubs,
  enrollmentCodes: hubs.enrollmentCodes,
  liveRenderer: viteLiveRenderer(repoRoot),
});
// The same one-time address as `npm start`: it signs in the browser that opens it.
console.log(`开发模式已启动（界面热更新），请用浏览器打开（地址只能使用一次）：${host.launchUrl()}`);
const stop = () =>
  void host
    .close()
    .then(() => hubs.stop())
    .then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
