/**
 * "Place the card": while switched on, the reader connected and the applicant block still
 * empty, ask the reader for a card every 1.5 s. It stops by itself once a card has filled the
 * form, so a card left on the reader is not read again over the clerk's corrections.
 */
import { useEffect, useState } from 'react';

const POLL_MS = 1500;
const STORAGE_KEY = 'chuanyu.idCard.autoRead';

export function useAutoReadPreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => globalThis.localStorage?.getItem(STORAGE_KEY) === 'on');
  const change = (next: boolean) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next ? 'on' : 'off');
    setOn(next);
  };
  return [on, change];
}

export function useCardAutoRead(active: boolean, readQuietly: () => Promise<void>): void {
  useEffect(() => {
    if (!active) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      await readQuietly();
      if (!stopped) timer = setTimeout(() => void tick(), POLL_MS);
    };
    timer = setTimeout(() => void tick(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, readQuietly]);
}
