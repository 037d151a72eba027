/**
 * Runs start-up work that no first screen needs (the PDF worker's 20 MB of fonts, say) once
 * the browser is idle after painting it, so it does not compete with the intake form for the
 * window's two cores. The timeout bounds the wait on a window that is never idle.
 */
export function afterFirstScreen(work: () => void, timeoutMs = 3_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}
