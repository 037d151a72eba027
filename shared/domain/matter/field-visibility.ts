/**
 * `showWhen`: a field is shown — and only then checked and required — when the named
 * sibling equals the given value, or, without a value, when the sibling is filled or ticked.
 */
import type { FieldSpec } from './form-fields';

export function isFieldShown(field: Pick<FieldSpec, 'showWhen'>, siblings: Readonly<Record<string, unknown>>): boolean {
  const condition = field.showWhen;
  if (!condition) return true;
  const other = siblings[condition.field];
  if (condition.equals !== undefined) return other === condition.equals;
  return other === true || (typeof other === 'string' && other.trim() !== '') || (Array.isArray(other) && other.length > 0);
}
