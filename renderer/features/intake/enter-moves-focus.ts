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

/** A text or dropdown field with nothing in it yet (checkboxes are choices, not blanks). */
function isBlank(field: HTMLElement): boolean {
  if (field instanceof HTMLInputElement && field.type === 'checkbox') return false;
  const select = field.closest('.ant-select');
  if (select) return select.querySelector('.ant-select-content-has-value') === null;
  return (field as HTMLInputElement | HTMLTextAreaElement).value === '';
}

/**
 * Enter that picks an option in an open dropdown also moves on, to the next field still
 * blank, once the choice has landed (the next frame): choosing is the field's last step.
 * `skip` names fields the form fills by itself (办理地 follows the ID number).
 */
export function moveOnAfterChoice(event: KeyboardEvent<HTMLElement>, skip: ReadonlySet<string>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || !target.closest('.ant-select') || target.getAttribute('aria-expanded') !== 'true') return;
  const form = event.currentTarget;
  requestAnimationFrame(() => {
    if (document.activeElement !== target) return;
    const fields = [...form.querySelectorAll<HTMLElement>(FIELD_SELECTOR)].filter((field) => field.offsetParent !== null);
    const next = fields.slice(fields.indexOf(target) + 1).find((field) => !skip.has(field.id) && isBlank(field));
    next?.focus();
  });
}
