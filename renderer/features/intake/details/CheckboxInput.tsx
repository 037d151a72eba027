import { Checkbox } from 'antd';
import type { WidgetProps } from './widget-props';

export function CheckboxInput({ name, field, spec }: WidgetProps) {
  return (
    <Checkbox
      id={name}
      ref={field.ref}
      checked={field.value === true}
      onChange={(event) => field.onChange(event.target.checked)}
      onBlur={field.onBlur}
    >
      {spec.label}
    </Checkbox>
  );
}
