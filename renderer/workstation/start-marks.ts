/**
 * Named points of a window's start, as performance marks (`start:<point>`), so a trace or
 * bench/first-screen can say where a new tab's first second goes. Only the first of each
 * counts: a mark costs a few microseconds and nothing reads them in normal use.
 */
export type StartPoint =
  /** main.tsx evaluated: every module of the first screen is fetched, compiled and run. */
  | 'modules-evaluated'
  | 'settings-read'
  | 'people-status-read'
  /** The browser answered whether the store is persistent (asked to make it so if not). */
  | 'persistence-asked'
  /** The host answered with the disk journal's pending events. */
  | 'journal-read'
  /** The journal is checked (and restored from) and the sync engine started. */
  | 'store-secured'
  /** 新建办件 committed its first render (still disabled until the draft is read). */
  | 'intake-rendered'
  | 'draft-restored'
  /** The matter search index is built (after the first screen, or on the first search). */
  | 'matter-index-ready';

const marked = new Set<StartPoint>();

export function markStart(point: StartPoint): void {
  if (marked.has(point) || typeof performance === 'undefined') return;
  marked.add(point);
  performance.mark(`start:${point}`);
}
