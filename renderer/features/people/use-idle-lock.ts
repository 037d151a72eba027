/**
 * Locks the screen after IDLE_LOCK_MINUTES without keyboard, mouse or touch input: a window
 * left unattended must not let a passer-by act in the clerk's name.
 */
import { useEffect } from 'react';
import { IDLE_LOCK_MINUTES } from '../../../shared/domain/case/staff';

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

export function useIdleLock(onIdle: () => void, enabled: boolean, minutes = IDLE_LOCK_MINUTES): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let timer = setTimeout(onIdle, minutes * 60_000);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, minutes * 60_000);
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
    };
  }, [onIdle, enabled, minutes]);
}
