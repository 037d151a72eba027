/**
 * What a new tab's own clocks say about its start (all ms from navigation start): the page's
 * response, the last first-screen script and stylesheet received, the renderer's start marks
 * (renderer/workstation/start-marks.ts) and the moment the intake form was interactive.
 */
import type { CDPSession, Page } from '@playwright/test';

export type StartTimings = Record<string, number>;

/** The points in the order a start passes them; a point a run did not reach is left out. */
export const START_POINTS = [
  'page received',
  'scripts received',
  'modules-evaluated',
  'settings-read',
  'people-status-read',
  'persistence-asked',
  'journal-read',
  'store-secured',
  'intake-rendered',
  'draft-restored',
  'interactive',
] as const;

/** Reads the timings of `page` once the intake form was interactive at `interactiveMs`. */
export async function readStartTimings(page: Page, interactiveMs: number): Promise<StartTimings> {
  const timings = await page.evaluate(() => {
    const points: Record<string, number> = {};
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    if (navigation) points['page received'] = navigation.responseEnd;
    const startScripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) =>
        (entry.initiatorType === 'script' || entry.initiatorType === 'link') && entry.startTime < (navigation?.responseEnd ?? 0) + 50,
    );
    if (startScripts.length > 0) points['scripts received'] = Math.max(...startScripts.map((entry) => entry.responseEnd));
    for (const mark of performance.getEntriesByType('mark')) {
      if (mark.name.startsWith('start:')) points[mark.name.slice('start:'.length)] ??= mark.startTime;
    }
    return points;
  });
  return { ...timings, interactive: interactiveMs };
}

const median = (samples: readonly number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

/** One line per point: the median over runs and the median step from the point before it. */
export function formatStartTimings(runs: readonly StartTimings[]): string {
  const lines: string[] = [];
  let previous: string | null = null;
  for (const point of START_POINTS) {
    const at = runs.map((run) => run[point]).filter((value): value is number => value !== undefined);
    if (at.length === 0) continue;
    const before = previous;
    const steps =
      before === null
        ? at
        : runs.flatMap((run) => {
            const [end, start] = [run[point], run[before]];
            return end !== undefined && start !== undefined ? [end - start] : [];
          });
    lines.push(`    ${point.padEnd(20)} at ${median(at).toFixed(0).padStart(5)} ms  (+${median(steps).toFixed(0)})`);
    previous = point;
  }
  return lines.join('\n');
}

/**
 * CPU the tab's renderer used from its start to the moment read (just after interactive):
 * the page's main thread and its whole renderer process. On a machine shared with other work
 * a tab's wall time stretches with the load; its CPU time much less, so it compares builds
 * more steadily than the clock does.
 */
export async function readCpuTime(cdp: CDPSession): Promise<StartTimings> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? Number.NaN) * 1000;
  return { 'main thread CPU': metric('ThreadTime'), 'renderer CPU': metric('ProcessTime') };
}

export function formatCpuTimes(runs: readonly StartTimings[]): string {
  return ['main thread CPU', 'renderer CPU']
    .map(
      (name) =>
        `    ${name.padEnd(20)} ${median(runs.map((run) => run[name] ?? Number.NaN))
          .toFixed(0)
          .padStart(8)} ms (median)`,
    )
    .join('\n');
}
