/** What every field widget receives: the react-hook-form binding and the field's spec. */
import type { ControllerRenderProps, FieldValues } from 'react-hook-form';
import type { ScalarField } from '../../../../shared/domain/matter/form-fields';

export interface WidgetProps<F extends ScalarField = ScalarField> {
  /** The RHF path, also the input's id (label htmlFor, focus on error, e2e locators). */
  name: string;
  field: ControllerRenderProps<FieldValues, string>;
  spec: F;
}

/** Text widgets hold strings; a draft from another matter may hold something else. */
export function textValue(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
