import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/host/**/*.test.ts',
      'tests/hub/**/*.test.ts',
      'tests/pdf/**/*.test.ts',
      'tests/electron/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Hub suites start PGlite instances; two cores do not take more in parallel.
    maxWorkers: 2,
  },
});
