/**
 * Runs start-up work that no first screen needs (the PDF worker's 20 MB of fonts, the matter
 * search index, the first sync round) once the first screen is up and the browser is idle,
 * so it does not compete with the intake form for the window's two cores. "Up" is said by
 * the first screen itself (firstScreenIsShown); an idle callback alone would fire while the
 * start is still waiting on the host or IndexedDB. Both waits are bounded, so the work runs
 * on a window that never shows 新建办件 or is never idle too.
 */
const FIRST_SCREEN_WAIT_MS = 5_000;

let shown: () => void = () => undefined;
const firstScreenShown = new Promise<void>((resolve) => {
  shown = resolve;
});

/** The first screen can be used (新建办件 with its draft read): deferred start-up work may run. */
export function firstScreenIsShown(): void {
  shown();
}

export function afterFirstScreen(work: () => void, idleTimeoutMs = 3_000): () => void {
  let cancelled = false;
  let cancelIdle: (() => void) | null = null;
  const waitCap = new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS));
  void Promise.race([firstScreenShown, waitCap]).then(() => {
    if (!cancelled) cancelIdle = whenIdle(work, idleTimeoutMs);
  });
  return () => {
    cancelled = true;
    cancelIdle?.();
  };
}

function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}
