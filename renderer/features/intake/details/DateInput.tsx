import type { ScalarField } from '../../../../shared/domain/matter/form-fields';
import { IsoDatePicker } from '../../../ui/IsoDatePicker';
import { textValue, type WidgetProps } from './widget-props';
import { chinaDate } from '../../../../shared/util/china-time';

/** A form-engine date or 年月 in the Chinese format in any browser language; the value is always YYYY-MM-DD. */
export function DateInput({ name, field, spec }: WidgetProps<Extract<ScalarField, { kind: 'date' }>>) {
  const today = chinaDate(new Date());
  return (
    <IsoDatePicker
      id={name}
      ref={field.ref}
      value={textValue(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      kind={spec.month ? 'monthAsDate' : 'date'}
      max={spec.past ? today : undefined}
    />
  );
}
