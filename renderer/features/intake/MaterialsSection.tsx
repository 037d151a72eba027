import { Checkbox, Space, Tag } from 'antd';
import type { Control } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/application';
import { MATERIAL_FORM_LABELS, type Matter } from '../../../shared/domain/matter';
import { Field } from '../../ui/Field';

export function MaterialsSection({ control, matter }: { control: Control<IntakeValues, unknown, Intake>; matter: Matter | undefined }) {
  if (!matter) return null;
  return (
    <Field control={control} name="materialCodes" label="已收取材料">
      {(field) => (
        <Checkbox.Group value={field.value ?? []} onChange={field.onChange} style={{ width: '100%' }}>
          <Space direction="vertical">
            {matter.materials.map((material) => (
              <Checkbox key={material.code} value={material.code} id={`material-${material.code}`}>
                {material.name}（{MATERIAL_FORM_LABELS[material.form]} {material.copies} 份）{' '}
                {material.required ? <Tag color="red">必要</Tag> : <Tag>{material.condition ?? '视情提交'}</Tag>}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      )}
    </Field>
  );
}
