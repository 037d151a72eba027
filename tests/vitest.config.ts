import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Most test files share one module graph per worker (isolate: false): importing the same
 * modules afresh for each of ~180 files cost about as much as running them. Measured on this
 * machine: the unit, Electron-main and host files 113 s of CPU → 60 s; the hub suites 207 s
 * → 131 s (wall 151 s → 109 s). What a shared graph needs:
 * - a file that touches state living beyond its own tests — the renderer's IndexedDB
 *   (fake-indexeddb), vi mocks, stubs, spies and fake timers — is found by its text and runs
 *   isolated;
 * - the hub suites number halls, divisions and cases from the start in every file
 *   (tests/hub/fresh-numbering.ts): each file has databases of its own.
 */
const HUB_ROOT = 'tests/hub';
const OTHER_ROOTS = ['tests/unit', 'tests/electron', 'tests/host', 'tests/pdf'];
const TEST_ROOTS = [...OTHER_ROOTS, HUB_ROOT];
const KEEPS_STATE_BEYOND_ITS_FILE = /fake-indexeddb|vi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn)\b/;

const testFiles = TEST_ROOTS.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(root, file)),
);
const statefulFiles = testFiles.filter((file) => KEEPS_STATE_BEYOND_ITS_FILE.test(readFileSync(file, 'utf8')));

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Three on two cores: the hub suites wait on timers, sockets and child processes often
    // enough that a third worker fills the gaps. Measured here, the whole suite: 2 workers
    // 160–176 s, 3 workers 141 s, 4 workers 146 s.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared modules',
          include: OTHER_ROOTS.map((root) => `${root}/**/*.test.ts`),
          exclude: statefulFiles,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'hub',
          include: [`${HUB_ROOT}/**/*.test.ts`],
          exclude: statefulFiles,
          isolate: false,
          setupFiles: [`${HUB_ROOT}/fresh-numbering.ts`],
        },
      },
      { extends: true, test: { name: 'isolated', include: statefulFiles } },
    ],
  },
});
