/**
 * The processes the e2e world starts — browser-mode workstation hosts and province hubs —
 * bundled once per Playwright run (global setup) the way build-electron bundles the real main
 * process: one file each, npm packages left to node_modules. A host starts in ~0.6 s instead
 * of ~1.1 s under tsx, a hub spends ~1 s less CPU: tsx transpiles and resolves a few hundred
 * source files for each of the ~50 hosts and ~15 hub starts of a run.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Two levels below the repository, as the sources: the host reads ../../package.json. */
export const HOST_BUNDLE = join(root, 'dist', 'e2e', 'browser-host.mjs');
export const HUB_BUNDLE = join(root, 'dist', 'e2e', 'hub-serve.mjs');

const ENTRIES = [
  { entry: 'electron/browser-host/run.ts', outfile: HOST_BUNDLE },
  { entry: 'hub/bin/serve.ts', outfile: HUB_BUNDLE },
];

export async function buildProcessBundles(): Promise<void> {
  await Promise.all(
    ENTRIES.map(({ entry, outfile }) =>
      build({
        absWorkingDir: root,
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        sourcemap: 'linked',
        logLevel: 'warning',
      }),
    ),
  );
}
