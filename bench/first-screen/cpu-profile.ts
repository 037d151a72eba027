/**
 * Which code a new tab's start runs: a V8 CPU profile (DevTools protocol) of one navigation up
 * to the intake form interactive, its self time summed by function and by source (a package
 * from the bundle's module names is not available, so by bundle file). Profiling slows the
 * tab down: read the ranking, not the absolute figures.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface CpuSummary {
  byFunction: [string, number][];
  byFile: [string, number][];
}

export async function profileFirstScreen(
  context: BrowserContext,
  url: string,
  ready: (page: Page) => Promise<number>,
): Promise<CpuSummary> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await page.close();
  return summarise(profile);
}

function summarise(profile: Profile): CpuSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!frame) return;
    const file = frame.url.split('/').pop() || `(${frame.functionName || 'native'})`;
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  });
  const top = (map: Map<string, number>, n: number) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { byFunction: top(byFunction, 25), byFile: top(byFile, 12) };
}

export function formatCpuProfile(summary: CpuSummary): string {
  const line = ([name, ms]: [string, number]) => `      ${ms.toFixed(0).padStart(5)} ms  ${name}`;
  return [
    '    self time by file (profiled run):',
    ...summary.byFile.map(line),
    '    self time by function:',
    ...summary.byFunction.map(line),
  ].join('\n');
}
