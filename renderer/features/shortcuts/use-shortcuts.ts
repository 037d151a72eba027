/**
 * Listens for the counter's shortcuts on the whole window. Navigation (新建办件, 查找办件) goes
 * through the shell; 打印 and 受理 press the visible control marked for them, so a shortcut
 * does exactly what the button does, with its checks and messages.
 */
import { useEffect } from 'react';
import { shortcutFor, type ShortcutId } from './shortcut-keys';

/** The last marked control that is visible: an open dialog's 打印 comes after the page's. */
function visibleControl(id: ShortcutId): HTMLElement | null {
  const marked = [...document.querySelectorAll<HTMLElement>(`[data-shortcut="${id}"]`)];
  return marked.filter((element) => element.offsetParent !== null && !element.hasAttribute('disabled')).at(-1) ?? null;
}

export function useShortcuts(navigate: (id: 'new-case' | 'find-case') => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const id = shortcutFor(event.key);
      // 读卡 belongs to the intake form, which listens for it itself (features/id-card).
      if (!id || id === 'read-card') return;
      event.preventDefault();
      if (id === 'new-case' || id === 'find-case') navigate(id);
      else visibleControl(id)?.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
