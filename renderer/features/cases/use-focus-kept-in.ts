/**
 * Keeps keyboard focus inside a panel whose content changes under it: when an action's form
 * is submitted it disappears with the focused button, focus falls to <body>, and Esc and Tab
 * no longer reach the drawer. After each change, focus lost that way goes back to the panel.
 */
import { useEffect, type RefObject } from 'react';

export function useFocusKeptIn(panel: RefObject<HTMLElement | null>, version: unknown): void {
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const active = document.activeElement;
    if (active === null || active === document.body) element.focus({ preventScroll: true });
  }, [panel, version]);
}
