import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Input, Select, Space } from 'antd';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { requestSupplement } from '../../../../shared/domain/case/case-commands';
import { supplementRequestedPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import { mattersByCode } from '../../../catalog/catalog';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { IsoDatePicker } from '../../../ui/IsoDatePicker';
import { materialRequirement } from '../../../../shared/domain/matter/material-forms';
import { ActionForm } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

type SupplementRequest = z.infer<typeof supplementRequestedPayloadSchema>;
const OTHER = '__other__';

/**
 * 要求补正 by the handling side after 受理: every missing item with its standard, why, and the
 * deadline; the receiving window is told and the legal clock pauses until the materials come.
 */
export function SupplementRequestForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const matter = mattersByCode.get(record.matter.code);
  const { control, handleSubmit, watch, formState } = useForm<SupplementRequest>({
    resolver: zodResolver(withCleanText(supplementRequestedPayloadSchema)),
    defaultValues: { missing: [], reason: '', deadline: '' },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'missing' });
  const listed = watch('missing').map((item) => item.code);
  const addable = (matter?.materials ?? []).filter((material) => !listed.includes(material.code));

  const add = (code: string) => {
    const material = matter?.materials.find((candidate) => candidate.code === code);
    append(
      material ? { code: material.code, name: material.name, requirement: materialRequirement(material) } : { name: '', requirement: '' },
    );
  };
  const submit = handleSubmit(async (request) => {
    await run((input) => requestSupplement(record, { ...input, ...request }));
  });
  const listError = formState.errors.missing?.root?.message ?? formState.errors.missing?.message;

  return (
    <ActionForm
      title="要求补正"
      testId="action-supplementRequested"
      error={error ?? listError ?? null}
      submitLabel="要求补正"
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      {fields.map((item, index) => (
        <Space key={item.id} align="start" style={{ display: 'flex' }} data-testid="supplement-request-item">
          <Field control={control} name={`missing.${index}.name`} label={index === 0 ? '需补正的材料' : ''} required>
            {(field) => <Input id={`requestName${index}`} {...field} maxLength={100} style={{ width: 220 }} autoComplete="off" />}
          </Field>
          <Field control={control} name={`missing.${index}.requirement`} label={index === 0 ? '要求（标准）' : ''} required>
            {(field) => <Input id={`requestRequirement${index}`} {...field} maxLength={300} style={{ width: 200 }} autoComplete="off" />}
          </Field>
          <Button type="link" danger onClick={() => remove(index)} style={{ marginTop: index === 0 ? 30 : 0 }}>
            删除
          </Button>
        </Space>
      ))}
      <Select
        id="addRequested"
        aria-label="添加需补正的材料"
        placeholder="添加需补正的材料"
        style={{ width: 320, marginBottom: 16 }}
        value={null}
        onChange={(value: string) => add(value)}
        options={[
          ...addable.map((material) => ({ value: material.code, label: material.name })),
          { value: OTHER, label: '其他材料（自行填写）' },
        ]}
      />
      <Field control={control} name="reason" label="补正理由" required>
        {(field) => <Input.TextArea id="requestReason" {...field} rows={2} maxLength={500} />}
      </Field>
      <Field control={control} name="deadline" label="补正期限" required>
        {(field) => (
          <IsoDatePicker id="requestDeadline" ref={field.ref} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
        )}
      </Field>
    </ActionForm>
  );
}
