/**
 * Prints, at the end of a run, how long each spec file took: wall time from its first test's
 * start to its last test's end (set-up of the worker's hubs included in the first test), the
 * sum of its tests' durations, and how many tests passed. Slow files show up in every CI log,
 * so the suite's budget is watched where it is spent.
 */
import { relative } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';

interface FileTimes {
  firstStart: number;
  lastEnd: number;
  testTime: number;
  tests: number;
  passed: number;
  workers: Set<number>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class SpecTimesReporter implements Reporter {
  private readonly files = new Map<string, FileTimes>();
  private rootDir = '';
  private started = 0;

  onBegin(config: FullConfig, _suite: Suite): void {
    this.rootDir = config.rootDir;
    this.started = Date.now();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = relative(this.rootDir, test.location.file);
    const start = result.startTime.getTime();
    const times = this.files.get(file) ?? {
      firstStart: start,
      lastEnd: start,
      testTime: 0,
      tests: 0,
      passed: 0,
      workers: new Set<number>(),
    };
    times.firstStart = Math.min(times.firstStart, start);
    times.lastEnd = Math.max(times.lastEnd, start + result.duration);
    times.testTime += result.duration;
    // A retried test counts once, by its last attempt.
    if (result.retry === 0) times.tests += 1;
    if (result.status === 'passed' || result.status === 'skipped') times.passed += 1;
    times.workers.add(result.parallelIndex);
    this.files.set(file, times);
  }

  onEnd(result: FullResult): void {
    const rows = [...this.files.entries()].sort(([, a], [, b]) => b.lastEnd - b.firstStart - (a.lastEnd - a.firstStart));
    const width = Math.max(10, ...rows.map(([file]) => file.length));
    const lines = [
      '',
      `Per spec file (${result.status}, whole run ${seconds(Date.now() - this.started)}):`,
      `  ${'spec file'.padEnd(width)}  ${'wall'.padStart(8)}  ${'tests sum'.padStart(9)}  tests  passed  workers`,
      ...rows.map(
        ([file, times]) =>
          `  ${file.padEnd(width)}  ${seconds(times.lastEnd - times.firstStart).padStart(8)}  ${seconds(times.testTime).padStart(9)}  ${String(times.tests).padStart(5)}  ${String(times.passed).padStart(6)}  ${String(times.workers.size).padStart(7)}`,
      ),
      '',
    ];
    process.stdout.write(lines.join('\n'));
  }

  printsToStdio(): boolean {
    return false;
  }
}
