import { Input } from 'antd';
import { textValue, type WidgetProps } from './widget-props';

export function UsccInput({ name, field }: WidgetProps) {
  return <Input id={name} ref={field.ref} name={field.name} value={textValue(field.value)} onChange={field.onChange} onBlur={field.onBlur} maxLength={18} autoComplete="off" placeholder="18位，字母不区分大小写" />;
}
