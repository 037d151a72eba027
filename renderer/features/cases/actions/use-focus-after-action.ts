/**
 * Where keyboard focus goes when an action's dialog closes. Cancelled: back to what opened
 * it (the step's button, or 更多 for a rare action, whose menu item is gone by then). Done:
 * once the case shows the new event (its last hash changes), to the next step's first
 * button; with no action left, to the drawer's panel, so Esc and Tab still work there.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';

type Pending = { kind: 'opener' } | { kind: 'nextStep'; hashBefore: string };

export function useFocusAfterAction(bar: RefObject<HTMLElement | null>, lastHash: string) {
  const opener = useRef<HTMLElement | null>(null);
  const hashAtOpen = useRef('');
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(() => {
    if (!pending || (pending.kind === 'nextStep' && lastHash === pending.hashBefore)) return;
    const back = pending.kind === 'opener' && opener.current?.isConnected ? opener.current : null;
    const panel = bar.current?.closest<HTMLElement>('[tabindex="-1"]') ?? null;
    (back ?? bar.current?.querySelector<HTMLElement>('button') ?? panel)?.focus();
    setPending(null);
  }, [pending, lastHash, bar]);

  return useMemo(
    () => ({
      /** When a dialog opens: what opened it, and the case as it was. */
      remember(element: HTMLElement | null, caseHash: string) {
        opener.current = element;
        hashAtOpen.current = caseHash;
      },
      restore(done: boolean) {
        setPending(done ? { kind: 'nextStep', hashBefore: hashAtOpen.current } : { kind: 'opener' });
      },
    }),
    [],
  );
}
