/**
 * Where a new tab's main thread spends its start: a Chromium trace (DevTools protocol) of one
 * navigation, summed by kind of work on the page's renderer main thread up to the moment the
 * intake form is interactive. Tracing slows the tab down, so its run is not among the timed
 * ones; read the shares, not the absolute figures.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Trace event names grouped by the work they stand for; nested events count once, under the outermost group. */
const WORK_KINDS: Record<string, string> = {
  'v8.compile': 'compile scripts',
  'v8.compileModule': 'compile scripts',
  'V8.CompileCode': 'compile scripts',
  'v8.produceModuleCache': 'compile scripts',
  'v8.evaluateModule': 'run module top levels',
  EvaluateScript: 'run module top levels',
  FunctionCall: 'run callbacks (React, bridge, Dexie)',
  TimerFire: 'run callbacks (React, bridge, Dexie)',
  FireAnimationFrame: 'run callbacks (React, bridge, Dexie)',
  EventDispatch: 'run callbacks (React, bridge, Dexie)',
  'V8.GCScavenger': 'garbage collection',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_MC_BACKGROUND_MARKING': 'garbage collection',
  ParseHTML: 'parse HTML and CSS',
  ParseAuthorStyleSheet: 'parse HTML and CSS',
  UpdateLayoutTree: 'style and layout',
  Layout: 'style and layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
};

export interface MainThreadSummary {
  /** ms of main-thread tasks from navigation to interactive. */
  busy: number;
  wall: number;
  byKind: Record<string, number>;
}

/** Opens a new tab with tracing on, waits for `ready` in it and sums the main thread's work. */
export async function traceFirstScreen(
  context: BrowserContext,
  url: string,
  ready: (page: Page) => Promise<number>,
): Promise<MainThreadSummary> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they carry numbers too.
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'blink.user_timing,devtools.timeline,v8,disabled-by-default-devtools.timeline,disabled-by-default-v8.gc,v8.execute',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'commit' });
  const wall = await ready(page);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return summarise(events, wall);
}

function summarise(events: readonly TraceEvent[], wall: number): MainThreadSummary {
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = events.filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  // The page's renderer is the main thread that worked the most during the run.
  const busyByThread = new Map<string, number>();
  for (const task of tasks)
    if (task.name === 'RunTask')
      busyByThread.set(`${task.pid}:${task.tid}`, (busyByThread.get(`${task.pid}:${task.tid}`) ?? 0) + (task.dur ?? 0));
  const [thread] = [...busyByThread.entries()].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const own = tasks.filter((event) => `${event.pid}:${event.tid}` === thread).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const pid = Number(thread.split(':')[0]);
  const navigation = events.find((event) => event.name === 'navigationStart' && event.pid === pid);
  const navigationStart = navigation?.ts ?? own[0]?.ts ?? 0;
  const end = navigationStart + wall * 1000;
  const byKind: Record<string, number> = {};
  let busy = 0;
  let counted: { end: number } | null = null;
  for (const event of own) {
    if (event.ts < navigationStart) continue;
    if (event.ts > end) break;
    if (event.name === 'RunTask') busy += event.dur ?? 0;
    const kind = WORK_KINDS[event.name];
    if (!kind) continue;
    // Count only the outermost event of a kind-bearing nest (a compile inside a module run is the run's).
    if (counted && event.ts < counted.end) continue;
    byKind[kind] = (byKind[kind] ?? 0) + (event.dur ?? 0) / 1000;
    counted = { end: event.ts + (event.dur ?? 0) };
  }
  return { busy: busy / 1000, wall, byKind };
}

export function formatMainThread(summary: MainThreadSummary): string {
  const kinds = Object.entries(summary.byKind).sort((a, b) => b[1] - a[1]);
  return [
    `    main thread busy ${summary.busy.toFixed(0)} ms of ${summary.wall.toFixed(0)} ms (traced run, slower than the timed ones)`,
    ...kinds.map(([kind, ms]) => `      ${kind.padEnd(38)} ${ms.toFixed(0).padStart(5)} ms`),
  ].join('\n');
}
