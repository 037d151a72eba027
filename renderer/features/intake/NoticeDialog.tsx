/** The 一次性告知 dialog: the missing materials (editable list) and the reason, then 告知. */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { noticeSchema } from '../../../shared/domain/case/case-event-payloads';
import type { Matter } from '../../../shared/domain/matter/matter';
import { Field } from '../../ui/Field';
import type { Notice } from './accept-intake';
import { materialRequirement } from '../../../shared/domain/matter/material-forms';
import { addableMaterials, noticeDefaults } from './notice-form';
import { withCleanText } from '../../../shared/util/clean-text';

interface NoticeDialogProps {
  matter: Matter;
  receivedCodes: readonly string[];
  onCancel(): void;
  /** Stores the notice; a thrown error is shown in the dialog. */
  onNotify(notice: Notice): Promise<void>;
}

const OTHER = '__other__';

export function NoticeDialog({ matter, receivedCodes, onCancel, onNotify }: NoticeDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, watch, formState } = useForm<Notice>({
    resolver: zodResolver(withCleanText(noticeSchema)),
    defaultValues: noticeDefaults(matter, receivedCodes),
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'missing' });
  const listed = watch('missing').map((item) => item.code);
  const addable = addableMaterials(matter, receivedCodes, listed);

  const submit = handleSubmit(async (notice) => {
    setError(null);
    try {
      await onNotify(notice);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  });

  const add = (code: string) => {
    const material = matter.materials.find((candidate) => candidate.code === code);
    append(
      material ? { code: material.code, name: material.name, requirement: materialRequirement(material) } : { name: '', requirement: '' },
    );
  };

  return (
    <Modal
      open
      title="一次性告知"
      width={720}
      okText="告知并出具告知书"
      cancelText="返回"
      onCancel={onCancel}
      onOk={() => void submit()}
      confirmLoading={formState.isSubmitting}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} role="alert" />}
      {(formState.errors.missing?.root?.message ?? formState.errors.missing?.message) ? (
        <Alert
          type="error"
          showIcon
          message={formState.errors.missing.root?.message ?? formState.errors.missing.message}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form layout="vertical" component="div">
        {fields.map((item, index) => (
          <Space key={item.id} align="start" style={{ display: 'flex' }} data-testid="notice-item">
            <Field control={control} name={`missing.${index}.name`} label={index === 0 ? '需补正的材料' : ''} required>
              {(field) => <Input id={`missingName${index}`} {...field} maxLength={100} style={{ width: 300 }} autoComplete="off" />}
            </Field>
            <Field control={control} name={`missing.${index}.requirement`} label={index === 0 ? '要求（标准）' : ''} required>
              {(field) => <Input id={`missingRequirement${index}`} {...field} maxLength={300} style={{ width: 240 }} autoComplete="off" />}
            </Field>
            <Button type="link" danger onClick={() => remove(index)} style={{ marginTop: index === 0 ? 30 : 0 }}>
              删除
            </Button>
          </Space>
        ))}
        <Select
          id="addMissing"
          placeholder="添加需补正的材料"
          style={{ width: 360, marginBottom: 16 }}
          value={null}
          onChange={(value: string) => add(value)}
          options={[
            ...addable.map((material) => ({ value: material.code, label: material.name })),
            { value: OTHER, label: '其他材料（自行填写）' },
          ]}
        />
        <Field control={control} name="reason" label="告知理由" required>
          {(field) => <Input.TextArea id="noticeReason" {...field} rows={2} maxLength={500} />}
        </Field>
      </Form>
    </Modal>
  );
}
