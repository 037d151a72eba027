/**
 * Boots the real main-process bundle in plain Node with 'electron' replaced by a recording
 * stub (the Electron binary cannot run here). Checks the wiring that typechecking alone
 * cannot: start-up order, the window's isolation, app:// serving, the IPC chain down to
 * electron-store on disk, and the navigation and permission guards.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeContract } from '../../shared/bridge/contract';
import { mainBundleOptions } from '../../electron/launch/build-electron';
import { RENDERER_CSP } from '../../electron/main/renderer-csp';

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

const useElectronStub: Plugin = {
  name: 'electron-stub',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^electron$/ }, () => ({ path: join(here, 'fixtures', 'electron-stub.ts') }));
  },
};

interface BootReport {
  events: string[];
  exitCode: number | null;
  errorBoxes: string[];
  privilegedSchemes: unknown[];
  channels: string[];
  windows: { options: { webPreferences: Record<string, unknown> }; url: string | null }[];
  menuLabels: string[];
  entryPage: { status: number; type: string | null; csp: string | null; body: string } | null;
  traversal: { status: number } | null;
  appInfo: unknown;
  untrusted: unknown;
  saved: unknown;
  navigation: { sameOrigin: boolean; https: boolean; file: boolean };
  windowOpen: unknown;
  openedExternally: string[];
  cameraGranted: unknown;
  quitPrevented: boolean;
}

let dir: string;
let appRoot: string;
let profileDir: string;
let report: BootReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chuanyu-boot-'));
  appRoot = join(dir, 'app');
  // The data root rule of electron/data-root.ts (Linux, HOME = dir), not Electron's appData.
  profileDir = join(dir, '.local', 'share', 'chuanyu-window', 'profiles', 'boot-test');
  await mkdir(join(appRoot, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>川渝通办窗口工作站</title>');
  await writeFile(join(appRoot, 'package.json'), '{"secret":true}');

  const bundle = join(dir, 'boot.cjs');
  await build({
    ...mainBundleOptions(bundle),
    entryPoints: [join(here, 'fixtures', 'boot-main.ts')],
    external: [],
    plugins: [useElectronStub],
    sourcemap: false,
    logLevel: 'silent',
  });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent',
    STUB_APP_DATA: join(dir, 'appData'),
    STUB_APP_ROOT: appRoot,
    CHUANYU_PROFILE: 'boot-test',
    // A given hub, so the boot does not start the embedded pair.
    HUB_URL: 'http://127.0.0.1:9',
    HUB_ENROLLMENT_CODE: '12345678',
  };
  const { stdout } = await run(process.execPath, [bundle], { env, timeout: 30_000 });
  report = JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') as BootReport;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('main process boot (Electron stubbed)', () => {
  it('starts without errors, doing the pre-ready steps before ready', () => {
    expect(report.errorBoxes).toEqual([]);
    expect(report.exitCode).toBeNull();
    const order = (event: string) => report.events.findIndex((recordedEvent) => recordedEvent.startsWith(event));
    expect(order('privileged')).toBeGreaterThanOrEqual(0);
    expect(order('privileged')).toBeLessThan(order('ready'));
    expect(order('setPath:userData')).toBeLessThan(order('lock:'));
    expect(order('window')).toBeGreaterThan(order('ready'));
    expect(report.events).not.toContain('privileged-after-ready');
  });

  it('gives each profile its own userData and single-instance lock', () => {
    expect(report.events).toContain(`lock:${profileDir}`);
  });

  it('registers app:// as a standard, secure, fetch-capable scheme', () => {
    expect(report.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });

  it('opens one isolated, sandboxed window on app://workstation with the bundled preload', () => {
    expect(report.windows).toHaveLength(1);
    const [window] = report.windows;
    expect(window?.url).toBe('app://workstation/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('serves the renderer with the CSP, and nothing outside it', () => {
    expect(report.entryPage).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: RENDERER_CSP });
    expect(report.entryPage?.body).toContain('川渝通办窗口工作站');
    expect(report.traversal?.status).toBe(404);
  });

  it('registers every bridge channel once and answers our page only', () => {
    expect([...report.channels].sort()).toEqual(Object.keys(bridgeContract).sort());
    expect(report.appInfo).toEqual({
      ok: true,
      value: { shell: 'electron', version: '0.1.0-test', dataDir: profileDir, enrollment: 'code' },
    });
    expect(report.untrusted).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
  });

  it('saves the identity through IPC into the profile settings file, with the given hub', async () => {
    expect(report.saved).toMatchObject({
      ok: true,
      value: { identity: { province: '50' }, hubUrl: 'http://127.0.0.1:9', enrolled: false },
    });
    const onDisk = JSON.parse(await readFile(join(profileDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ hubUrl: 'http://127.0.0.1:9', identity: { hall: { code: '50010301' } } });
    expect(onDisk.workstationId).toMatch(/^[0-9A-Z]{26}$/);
  });

  it('keeps the window on the app and sends only https links to the browser', () => {
    expect(report.navigation).toEqual({ sameOrigin: false, https: true, file: true });
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.openedExternally).toEqual(['https://zwfw.cq.gov.cn/', 'https://zwfw.sc.gov.cn/']);
  });

  it('denies the camera and shows a Chinese menu', () => {
    expect(report.cameraGranted).toBe(false);
    expect(report.menuLabels).toEqual(['文件', '编辑', '视图']);
  });

  it('holds quitting until the hubs are released, then quits', () => {
    expect(report.quitPrevented).toBe(true);
    expect(report.events.at(-1)).toBe('quit');
  });
});
