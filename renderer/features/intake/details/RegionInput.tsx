import { Select } from 'antd';
import { useMemo } from 'react';
import type { ScalarField } from '../../../../shared/domain/matter/form-fields';
import { countyOptions } from '../../../catalog/catalog';
import { textValue, type WidgetProps } from './widget-props';

/** A county of the allowed provinces, searched by full name ("四川省成都市锦江区"). */
export function RegionInput({ name, field, spec }: WidgetProps<Extract<ScalarField, { kind: 'region' }>>) {
  const options = useMemo(() => spec.provinces.flatMap((province) => countyOptions(province)), [spec.provinces]);
  return (
    <Select
      id={name}
      ref={field.ref}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="输入区县名称搜索"
      value={textValue(field.value) || undefined}
      onChange={(value: string | undefined) => field.onChange(value ?? '')}
      onBlur={field.onBlur}
      allowClear={!spec.required}
      options={options}
    />
  );
}
