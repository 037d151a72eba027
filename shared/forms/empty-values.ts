/** The blank values of a matter's fields: what the form starts from and 清空 returns to. */
import type { FieldSpec, ScalarField } from '../domain/matter/form-fields';
import type { DetailItem, DetailsValues } from '../domain/matter/detail-values';

export function emptyItemFor(fields: readonly ScalarField[]): DetailItem {
  return Object.fromEntries(fields.map((field) => [field.key, field.kind === 'checkbox' ? false : '']));
}

/** A required group starts with its minimum number of blank items, so the clerk sees rows. */
export function emptyValuesFor(fields: readonly FieldSpec[]): DetailsValues {
  return Object.fromEntries(
    fields.map((field) => {
      if (field.kind !== 'group') return [field.key, field.kind === 'checkbox' ? false : ''];
      const rows = field.required ? Math.max(1, field.minItems) : field.minItems;
      return [field.key, Array.from({ length: rows }, () => emptyItemFor(field.fields))];
    }),
  );
}
