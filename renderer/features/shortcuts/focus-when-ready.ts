/**
 * Focuses the first element matching `selector` once it is on screen and enabled: a page just
 * switched to may still be restoring (the intake form stays disabled until its draft is back).
 * Gives up after about a second rather than steal focus later.
 */
const MAX_FRAMES = 60;

export function focusWhenReady(selector: string): void {
  let frames = 0;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && element.offsetParent !== null && !element.hasAttribute('disabled')) {
      element.focus();
      return;
    }
    frames += 1;
    if (frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
