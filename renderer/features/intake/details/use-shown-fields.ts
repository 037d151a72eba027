/**
 * The fields of a list (a matter's details, or one row of a group) that are shown now. Only
 * the siblings some field's showWhen names are watched: watching the whole list re-rendered
 * every row of the form on each keystroke in any of them (and antd measures each row's item
 * as it renders), which a clerk typing into a long form feels.
 */
import { useMemo } from 'react';
import { useWatch, type Control, type FieldValues } from 'react-hook-form';
import { isFieldShown } from '../../../../shared/domain/matter/field-visibility';
import type { FieldSpec } from '../../../../shared/domain/matter/form-fields';

/** The sibling keys the list's showWhen conditions name, each once. */
function controllingKeys(fields: readonly Pick<FieldSpec, 'showWhen'>[]): string[] {
  return [...new Set(fields.flatMap((field) => (field.showWhen ? [field.showWhen.field] : [])))];
}

/** `base`: where the list's values live in the form ("details", or "details.members.0"). */
export function useShownFields<F extends Pick<FieldSpec, 'showWhen'>>(
  control: Control<FieldValues>,
  base: string,
  fields: readonly F[],
): F[] {
  const keys = useMemo(() => controllingKeys(fields), [fields]);
  const names = useMemo(() => keys.map((key) => `${base}.${key}`), [base, keys]);
  // With no condition in the list nothing needs watching (an empty name list watches nothing).
  const values: unknown[] = useWatch({ control, name: names, disabled: names.length === 0 });
  const siblings = Object.fromEntries(keys.map((key, index) => [key, values[index]]));
  return fields.filter((field) => isFieldShown(field, siblings));
}
