/**
 * A notice the clerk closed stays closed on this workstation: remembered in localStorage
 * (per profile and origin), so it does not come back on every screen or after a restart.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'chuanyu.dismissed.';

function readDismissed(key: string): boolean {
  try {
    return localStorage.getItem(PREFIX + key) === '1';
  } catch {
    return false;
  }
}

export function useDismissed(key: string): [dismissed: boolean, dismiss: () => void] {
  const [dismissed, setDismissed] = useState(() => readDismissed(key));
  const dismiss = useCallback(() => {
    try {
      localStorage.setItem(PREFIX + key, '1');
    } catch {
      // Storage refused: the notice still closes for this session.
    }
    setDismissed(true);
  }, [key]);
  return [dismissed, dismiss];
}
