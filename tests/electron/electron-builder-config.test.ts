import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface ResourceEntry {
  from: string;
  to: string;
}

let config: Configuration;

beforeAll(async () => {
  config = parse(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
});

const targetNames = (targets: unknown): string[] =>
  (targets as (string | TargetEntry)[]).map((entry) => (typeof entry === 'string' ? entry : entry.target));

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('cn.gov.chuanyu.window');
    expect(config.productName).toBe('川渝通办窗口工作站');
    expect(config.directories?.output).toBe('dist/release');
  });

  it('builds a per-user NSIS installer for Windows x64 in Simplified Chinese', () => {
    const targets = config.win?.target as TargetEntry[];
    expect(targets).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, language: '2052' });
  });

  it('builds deb and AppImage for Linux with the metadata deb requires', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<[^>]+@[^>]+>/);
  });

  it('packs the built app and the files main loads at runtime', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'dist/hub/**', 'package.json']));
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/@electric-sql/pglite/**']));
  });

  it('ships the Noto Sans SC fonts and seeds from paths that exist', () => {
    const resources = config.extraResources as ResourceEntry[];
    expect(resources.map((resource) => resource.to)).toEqual(
      expect.arrayContaining(['fonts/NotoSansSC_400Regular.ttf', 'fonts/NotoSansSC_700Bold.ttf', 'seeds']),
    );
    for (const resource of resources) expect(existsSync(join(root, resource.from)), resource.from).toBe(true);
  });

  it('flips the security fuses: no Node mode, only the integrity-checked app.asar, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('launches nothing through ELECTRON_RUN_AS_NODE, which the runAsNode fuse turns off', async () => {
    const sources = await readdir(join(root, 'electron'), { recursive: true });
    const users: string[] = [];
    for (const file of sources.filter((name) => name.endsWith('.ts'))) {
      if ((await readFile(join(root, 'electron', file), 'utf8')).includes('ELECTRON_RUN_AS_NODE')) users.push(file);
    }
    expect(users).toEqual([]);
  });

  it('points package.json main at the bundle the files list includes', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });
});
