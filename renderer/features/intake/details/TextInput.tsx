import { Input } from 'antd';
import type { ScalarField } from '../../../../shared/domain/matter/form-fields';
import { textValue, type WidgetProps } from './widget-props';

export function TextInput({ name, field, spec }: WidgetProps<Extract<ScalarField, { kind: 'text' }>>) {
  return (
    <Input
      id={name}
      ref={field.ref}
      name={field.name}
      value={textValue(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      maxLength={spec.maxLength}
      autoComplete="off"
    />
  );
}
