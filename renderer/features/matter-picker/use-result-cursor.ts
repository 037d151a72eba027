/**
 * The keyboard cursor over the result list: ↑/↓ move (wrapping), Enter chooses, Esc clears.
 * The cursor goes back to the first result whenever the results change, so Enter after
 * typing always takes the best match.
 */
import { useState, type KeyboardEvent } from 'react';

interface Options<T> {
  results: readonly T[];
  onChoose(item: T): void;
  onClear(): void;
}

export function useResultCursor<T>({ results, onChoose, onClear }: Options<T>) {
  const [cursor, setCursor] = useState({ results, active: 0 });
  // Reset during render (not in an effect) so a stale cursor is never painted.
  const active = cursor.results === results ? Math.min(cursor.active, Math.max(results.length - 1, 0)) : 0;
  if (cursor.results !== results) setCursor({ results, active: 0 });

  const move = (by: number) => {
    if (results.length === 0) return;
    setCursor({ results, active: (active + by + results.length) % results.length });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return; // keys belong to the IME while it composes
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const item = results[active];
      if (item !== undefined) {
        event.preventDefault();
        onChoose(item);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClear();
    }
  };

  return { active, setActive: (index: number) => setCursor({ results, active: index }), onKeyDown };
}
