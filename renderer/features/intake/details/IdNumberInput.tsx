import { Input, Typography } from 'antd';
import { parseIdNumber } from '../../../../shared/domain/validators/id-number';
import { textValue, type WidgetProps } from './widget-props';

/** Shows the validator's warnings (an unknown 地址码) without blocking: it is not an error. */
export function IdNumberInput({ name, field }: WidgetProps) {
  const value = textValue(field.value);
  const parsed = value.length >= 15 ? parseIdNumber(value) : undefined;
  const warnings = parsed?.ok ? (parsed.warnings ?? []) : [];
  return (
    <>
      <Input
        id={name}
        ref={field.ref}
        name={field.name}
        value={value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        maxLength={18}
        autoComplete="off"
      />
      {warnings.map((warning) => (
        <Typography.Text key={warning} type="warning" data-testid="field-warning">
          {warning}
        </Typography.Text>
      ))}
    </>
  );
}
