/**
 * Keyboard-first entry: Enter in a field moves to the next field instead of submitting, so
 * a clerk can type a whole application without the mouse. On the last field Enter submits
 * (受理); buttons (受理 itself), open dropdowns and textareas are left alone.
 */
import type { KeyboardEvent } from 'react';

const FIELD_SELECTOR = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled])';

export function moveFocusOnEnter(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement)) return;
  // An open antd Select uses Enter to pick the active option; let it.
  if (target.closest('.ant-select') && target.getAttribute('aria-expanded') === 'true') return;
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FIELD_SELECTOR)].filter((field) => field.offsetParent !== null);
  const next = fields[fields.indexOf(target) + 1];
  event.preventDefault();
  // A checkbox (the last material, typically) has no native Enter-submits, so ask for it.
  if (next) next.focus();
  else target.form?.requestSubmit();
}

/**
 * Enter on a closed dropdown whose choice is made moves on too, instead of opening the list
 * again (antd opens it on Enter): runs in the capture phase, before the Select sees the key.
 * Typing or ↓ still opens it.
 */
export function leaveClosedSelectOnEnter(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || !target.closest('.ant-select')) return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  event.stopPropagation();
  moveFocusOnEnter(event);
}
