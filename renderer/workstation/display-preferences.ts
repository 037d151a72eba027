/**
 * How this workstation draws the app for the person at it (large text for older clerks).
 * Kept in localStorage: a display choice of one machine, not a hall setting, and read before
 * the first paint. Components follow changes through useLargeFont().
 */
import { useSyncExternalStore } from 'react';

const LARGE_FONT_KEY = 'chuanyu.display.largeFont';
const listeners = new Set<() => void>();

function readLargeFont(): boolean {
  try {
    return localStorage.getItem(LARGE_FONT_KEY) === '1';
  } catch {
    return false;
  }
}

export function setLargeFont(on: boolean): void {
  try {
    if (on) localStorage.setItem(LARGE_FONT_KEY, '1');
    else localStorage.removeItem(LARGE_FONT_KEY);
  } catch {
    // Storage refused: the choice lasts until the page reloads.
  }
  current = on;
  for (const listener of listeners) listener();
}

let current = readLargeFont();

export function useLargeFont(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
