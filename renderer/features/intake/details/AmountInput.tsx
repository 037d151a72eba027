import { Input } from 'antd';
import { textValue, type WidgetProps } from './widget-props';

/** A text input, not a number spinner: amounts are copied digit by digit from paper. */
export function AmountInput({ name, field }: WidgetProps) {
  return (
    <Input
      id={name}
      ref={field.ref}
      name={field.name}
      value={textValue(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputMode="decimal"
      suffix="元"
      autoComplete="off"
    />
  );
}
