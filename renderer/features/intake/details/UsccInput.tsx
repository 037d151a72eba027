import { Input, Typography } from 'antd';
import { parseUscc } from '../../../../shared/domain/validators/uscc';
import { textValue, type WidgetProps } from './widget-props';

/** Shows the validator's warning (a 登记管理部门/机构类别 pair outside GB 32100 表1) without blocking. */
export function UsccInput({ name, field }: WidgetProps) {
  const value = textValue(field.value);
  const parsed = value.trim().length === 18 ? parseUscc(value) : undefined;
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
        placeholder="18位，字母不区分大小写"
      />
      {warnings.map((warning) => (
        <Typography.Text key={warning} type="warning" data-testid="field-warning">
          {warning}
        </Typography.Text>
      ))}
    </>
  );
}
