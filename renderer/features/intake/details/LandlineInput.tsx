import { Input } from 'antd';
import { textValue, type WidgetProps } from './widget-props';

export function LandlineInput({ name, field }: WidgetProps) {
  return (
    <Input
      id={name}
      ref={field.ref}
      name={field.name}
      value={textValue(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      maxLength={24}
      autoComplete="off"
      placeholder="如 028-86001234"
    />
  );
}
