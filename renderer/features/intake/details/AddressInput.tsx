import { Input } from 'antd';
import { textValue, type WidgetProps } from './widget-props';

/** One line, not a textarea: Enter must move to the next field, not add a line break. */
export function AddressInput({ name, field }: WidgetProps) {
  return (
    <Input
      id={name}
      ref={field.ref}
      name={field.name}
      value={textValue(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      maxLength={120}
      autoComplete="off"
      placeholder="省市区县 + 街道门牌"
    />
  );
}
