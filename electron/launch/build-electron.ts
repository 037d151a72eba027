/**
 * Bundles the Electron side into dist/ (run with `npm run build:electron`):
 *  - dist/electron/main.cjs     main process, CommonJS; electron-store/conf/zod bundled in;
 *  - dist/electron/preload.cjs  sandboxed preload, CommonJS, may require nothing but 'electron';
 *  - dist/hub/embedded-pair.mjs the embedded province hubs, run by main as a Node child.
 * The renderer is built separately by vite (dist/renderer).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = (path: string) => join(root, path);

/** Electron 45 embeds Node 22; Chromium is recent enough for this target too. */
const NODE_TARGET = 'node22';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: NODE_TARGET,
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
};

/** Packages the hub loads with their own files (wasm, data, native addons, dynamic requires). */
const HUB_EXTERNALS = ['@electric-sql/pglite', '@electric-sql/pglite/*', 'fastify', '@fastify/*', 'pg', 'pg-native'];

function bundledPackages(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/'));
}

/** Exported so the boot test bundles main exactly like this, with Electron swapped for a stub. */
export function mainBundleOptions(outfile: string): BuildOptions {
  // koffi loads its native addon from its own directory: it stays a real package (asarUnpack).
  return { ...common, entryPoints: [at('electron/main/main.ts')], outfile, format: 'cjs', external: ['electron', 'koffi'] };
}

async function buildMain(): Promise<void> {
  await build(mainBundleOptions(at('dist/electron/main.cjs')));
}

async function buildPreload(): Promise<void> {
  const result = await build({
    ...common,
    entryPoints: [at('electron/preload/preload.ts')],
    outfile: at('dist/electron/preload.cjs'),
    format: 'cjs',
    // A sandboxed preload runs in the renderer process, not Node: browser platform, so no
    // Node built-in can sneak in and only the 'electron' require is left.
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
  });
  // The preload must stay a thin map of invoke calls: no zod, no npm code at all.
  const leaked = bundledPackages(result.metafile ?? { inputs: {}, outputs: {} });
  if (leaked.length > 0) throw new Error(`preload bundles npm code it must not contain:\n  ${leaked.join('\n  ')}`);
}

async function buildEmbeddedHubs(): Promise<boolean> {
  const entry = at('hub/bin/embedded-pair.ts');
  if (!existsSync(entry)) {
    console.warn(`skipped dist/hub/embedded-pair.mjs: ${relative(root, entry)} does not exist yet (re-run once it does)`);
    return false;
  }
  await build({
    ...common,
    entryPoints: [entry],
    outfile: at('dist/hub/embedded-pair.mjs'),
    format: 'esm',
    external: HUB_EXTERNALS,
    // CommonJS code bundled into an ES module still calls require() for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return true;
}

async function buildAll(): Promise<void> {
  const started = Date.now();
  await Promise.all([buildMain(), buildPreload()]);
  const hubBuilt = await buildEmbeddedHubs();
  const outputs = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', ...(hubBuilt ? ['dist/hub/embedded-pair.mjs'] : [])];
  console.log(`built ${outputs.join(', ')} in ${Date.now() - started} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildAll();
