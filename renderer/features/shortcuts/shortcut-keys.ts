/**
 * The counter's keyboard shortcuts. Function keys that neither Chromium nor Electron's
 * default menu claim (F1 help, F5 reload, F6 address bar, F7 caret browsing, F10 menu, F11
 * full screen, F12 developer tools are taken), so they work the same in both modes; F3
 * (find in page) is one a page may take over, and the counter has no use for finding text.
 * A control a shortcut presses carries `data-shortcut="<id>"`; the first visible one wins.
 */
export const SHORTCUTS = [
  { id: 'new-case', key: 'F2', label: '新建办件' },
  { id: 'read-card', key: 'F3', label: '读身份证（受理页）' },
  { id: 'find-case', key: 'F4', label: '查找办件' },
  { id: 'print', key: 'F8', label: '打印（预览中确认打印）' },
  { id: 'accept', key: 'F9', label: '受理' },
] as const;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

export function shortcutFor(key: string): ShortcutId | null {
  return SHORTCUTS.find((shortcut) => shortcut.key === key)?.id ?? null;
}
