import { defineConfig } from '@playwright/test';

const TRACE_MODES = ['off', 'on', 'retain-on-failure', 'on-first-retry'] as const;

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser): real IndexedDB, the
 * real browser-mode host, real hubs on PGlite, real CUPS.
 *
 * Spec files run in parallel, one per worker at a time; each worker starts its own hub pair
 * (support/fixtures.ts) and every spec keeps to its own halls (support/windows.ts), so specs
 * never see each other's cases. E2E_WORKERS overrides the worker count (1 to compare).
 *
 * Two projects, so the run ends balanced: Playwright hands out test groups in project order,
 * so the workstation specs (one file per group, up to a minute each) go first and the
 * every-matter sweep (about a hundred and forty short independent tests on the form harness,
 * no hubs) fills whichever worker is free until both finish together. Without the split the
 * run could end with one worker idle while the other walks a long spec alone.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  projects: [
    { name: 'workstations', testIgnore: 'every-matter.spec.ts' },
    { name: 'every matter', testMatch: 'every-matter.spec.ts' },
  ],
  globalSetup: './support/global-setup.ts',
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 240_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['./support/spec-times-reporter.ts']],
  outputDir: '../../test-results',
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app honours reduced motion (no antd animations): as some clerks run it, and fast.
    reducedMotion: 'reduce',
    // Recording a trace costs about a third of the suite's CPU, even when it is thrown away
    // after a pass. A failure still leaves its screenshot and page snapshot; for the steps,
    // run the spec again with --trace retain-on-failure (or set E2E_TRACE to that mode).
    trace: TRACE_MODES.find((mode) => mode === process.env.E2E_TRACE) ?? 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
