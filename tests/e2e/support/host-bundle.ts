/**
 * The browser-mode host the e2e workstations run, bundled once per Playwright run (global
 * setup) the way build-electron bundles the real main process: one file, npm packages left
 * to node_modules. Starting it takes ~0.6 s instead of ~1.1 s under tsx, which transpiles and
 * resolves a few hundred source files for each of the ~50 hosts a run starts.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Two levels below the repository, as the source: the host reads ../../package.json. */
export const HOST_BUNDLE = join(root, 'dist', 'e2e', 'browser-host.mjs');

export async function buildHostBundle(): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: ['electron/browser-host/run.ts'],
    outfile: HOST_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}
