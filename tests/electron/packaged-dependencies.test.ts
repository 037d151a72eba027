/**
 * electron-builder packs every package in `dependencies` into the installer, and the hub's
 * image installs them with `npm ci --omit=dev`. So `dependencies` holds exactly what runs in
 * Node — Electron main/preload, the browser-mode host, the hub (and the shared/ code they
 * load) — and the renderer's packages, which Vite bundles, are devDependencies.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

/** Packages a file loads at run time (type-only imports are erased). */
function runtimeImports(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^'.][^']*)'/gm),
    ...source.matchAll(/import\('([^'.][^']*)'\)/g),
  ].map((match) => match[1] ?? '');
  return specifiers
    .filter((specifier) => !specifier.startsWith('node:'))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}

async function packagesUsedIn(folders: readonly string[]): Promise<Set<string>> {
  const used = new Set<string>();
  for (const folder of folders) {
    for (const file of await sourceFiles(folder)) for (const name of runtimeImports(await readFile(file, 'utf8'))) used.add(name);
  }
  return used;
}

it('lists as dependencies only packages the Node side loads, and every one it loads', async () => {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const nodeSide = await packagesUsedIn(['electron', 'hub', 'shared']);
  // tsx runs the hub from source in its image and `npm start`; nothing imports it.
  const runners = new Set(['tsx']);
  const declared = Object.keys(manifest.dependencies);
  expect(declared.filter((name) => !nodeSide.has(name) && !runners.has(name))).toEqual([]);
  // Development tools the launcher loads (esbuild builds main, Vite serves `npm run dev`).
  const buildTools = new Set(['electron', 'esbuild', 'vite']);
  expect([...nodeSide].filter((name) => !declared.includes(name) && !buildTools.has(name))).toEqual([]);
});

it('keeps the renderer-only packages out of dependencies (Vite bundles them)', async () => {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const nodeSide = await packagesUsedIn(['electron', 'hub', 'shared']);
  const rendererOnly = [...(await packagesUsedIn(['renderer']))].filter((name) => !nodeSide.has(name));
  expect(rendererOnly.length).toBeGreaterThan(5);
  for (const name of rendererOnly) expect({ name, inDependencies: name in manifest.dependencies }).toEqual({ name, inDependencies: false });
});
