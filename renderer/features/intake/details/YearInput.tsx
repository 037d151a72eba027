import { Select } from 'antd';
import { yearOptions, type ScalarField } from '../../../../shared/domain/matter/form-fields';
import { todayInChina } from '../../../../shared/domain/matter/scalar-field-value';
import { textValue, type WidgetProps } from './widget-props';

/** A past 年度, offered relative to today's China date so the list never goes stale. */
export function YearInput({ name, field, spec }: WidgetProps<Extract<ScalarField, { kind: 'year' }>>) {
  return (
    <Select
      id={name}
      ref={field.ref}
      placeholder="请选择"
      // Like every Select of the form: a clerk types "2025" and takes it with Enter.
      showSearch={{ optionFilterProp: 'label' }}
      value={textValue(field.value) || undefined}
      onChange={(value: string | undefined) => field.onChange(value ?? '')}
      onBlur={field.onBlur}
      allowClear={!spec.required}
      options={yearOptions(spec, todayInChina()).map((option) => ({ value: option, label: option }))}
    />
  );
}
