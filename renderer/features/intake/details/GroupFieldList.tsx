/** A repeatable group (家庭成员…): one card per item, 添加/删除 within minItems..maxItems. */
import { Button, Card, Form, Space } from 'antd';
import { get, useFieldArray, useFormState, type Control, type FieldValues } from 'react-hook-form';
import type { GroupField } from '../../../../shared/domain/matter/form-fields';
import { emptyItemFor } from '../../../../shared/forms/empty-values';
import { ScalarFieldRow } from './ScalarFieldRow';
import { useShownFields } from './use-shown-fields';

interface Props {
  control: Control<FieldValues>;
  name: string;
  spec: GroupField;
}

function GroupItem({ control, name, spec, index, onRemove, removable }: Props & { index: number; onRemove(): void; removable: boolean }) {
  const itemName = `${name}.${index}`;
  const shown = useShownFields(control, itemName, spec.fields);
  return (
    <Card
      size="small"
      title={`${spec.label} ${index + 1}`}
      extra={
        <Button size="small" danger onClick={onRemove} disabled={!removable} data-testid={`${itemName}.remove`}>
          删除
        </Button>
      }
    >
      {shown.map((field) => (
        <ScalarFieldRow key={field.key} control={control} name={`${itemName}.${field.key}`} spec={field} />
      ))}
    </Card>
  );
}

export function GroupFieldList({ control, name, spec }: Props) {
  // keyName avoids RHF's default `id`, which a matter's sub-field could be called.
  const { fields: items, append, remove } = useFieldArray({ control, name, keyName: 'rowKey' });
  const { errors } = useFormState({ control, name });
  const error: unknown = get(errors, name);
  const message = (get(error, 'root.message') ?? get(error, 'message')) as string | undefined;
  const min = spec.required ? Math.max(1, spec.minItems) : spec.minItems;
  return (
    <Form.Item label={spec.label} required={spec.required} extra={spec.hint} validateStatus={message ? 'error' : undefined} help={message}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {items.map((item, index) => (
          <GroupItem
            key={item.rowKey}
            control={control}
            name={name}
            spec={spec}
            index={index}
            removable={items.length > min}
            onRemove={() => remove(index)}
          />
        ))}
        <Button onClick={() => append(emptyItemFor(spec.fields))} disabled={items.length >= spec.maxItems} data-testid={`${name}.add`}>
          添加{spec.label}
        </Button>
      </Space>
    </Form.Item>
  );
}
