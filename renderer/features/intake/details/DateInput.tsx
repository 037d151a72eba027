import { Input } from 'antd';
import type { ScalarField } from '../../../../shared/domain/matter/form-fields';
import { textValue, type WidgetProps } from './widget-props';
import { chinaDate } from '../../../../shared/util/china-time';

/** The native date input: typed digit by digit from the keyboard, value always YYYY-MM-DD. */
export function DateInput({ name, field, spec }: WidgetProps<Extract<ScalarField, { kind: 'date' }>>) {
  const today = chinaDate(new Date());
  return <Input id={name} ref={field.ref} name={field.name} type="date" value={textValue(field.value)} onChange={field.onChange} onBlur={field.onBlur} max={spec.past ? today : undefined} />;
}
