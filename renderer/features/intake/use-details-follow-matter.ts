/**
 * Keeps intake.details shaped like the chosen matter's field list. Switching from one matter
 * to another starts its fields (and the agent block) blank; the first matter of a form — a
 * fresh pick or a restored draft — only gets its missing keys, so a draft keeps what was typed.
 * Lives here rather than in the matter picker so any picker gets the same behaviour.
 */
import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { NO_AGENT, type Intake, type IntakeValues } from '../../../shared/domain/matter/application';
import type { FieldSpec } from '../../../shared/domain/matter/form-fields';
import { emptyValuesFor } from '../../../shared/forms/empty-values';

export function useDetailsFollowMatter(
  form: UseFormReturn<IntakeValues, unknown, Intake>,
  matterCode: string,
  fields: readonly FieldSpec[],
): void {
  const previousCode = useRef(matterCode);
  const { getValues, setValue } = form;
  useEffect(() => {
    const previous = previousCode.current;
    previousCode.current = matterCode;
    if (!matterCode) return;
    const empty = emptyValuesFor(fields);
    if (previous && previous !== matterCode) {
      setValue('details', empty);
      setValue('agent', NO_AGENT);
      return;
    }
    const current = getValues('details') ?? {};
    const missing = Object.keys(empty).some((key) => !(key in current));
    if (missing) setValue('details', { ...empty, ...current });
  }, [matterCode, fields, getValues, setValue]);
}
