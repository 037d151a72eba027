import { Select } from 'antd';
import type { ScalarField } from '../../../../shared/domain/matter/form-fields';
import { textValue, type WidgetProps } from './widget-props';

export function SelectInput({ name, field, spec }: WidgetProps<Extract<ScalarField, { kind: 'select' }>>) {
  return (
    <Select
      id={name}
      ref={field.ref}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="请选择"
      value={textValue(field.value) || undefined}
      onChange={(value: string | undefined) => field.onChange(value ?? '')}
      onBlur={field.onBlur}
      allowClear={!spec.required}
      options={spec.options.map((option) => ({ value: option, label: option }))}
    />
  );
}
