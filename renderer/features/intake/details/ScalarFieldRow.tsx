/** One scalar field of a matter as a labelled row; hidden while its showWhen is false. */
import type { Control, FieldValues } from 'react-hook-form';
import type { ScalarField } from '../../../../shared/domain/matter/form-fields';
import { Field } from '../../../ui/Field';
import { ScalarFieldWidget } from './ScalarFieldWidget';

interface Props {
  control: Control<FieldValues>;
  name: string;
  spec: ScalarField;
}

export function ScalarFieldRow({ control, name, spec }: Props) {
  // A checkbox carries its label beside the box; the row label would repeat it.
  const label = spec.kind === 'checkbox' ? '' : spec.label;
  return (
    <Field control={control} name={name} label={label} required={spec.required} extra={spec.hint}>
      {(field) => <ScalarFieldWidget name={name} field={field} spec={spec} />}
    </Field>
  );
}
