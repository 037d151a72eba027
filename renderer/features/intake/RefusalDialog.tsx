/** 不予受理 at the window: ground, reason, basis, remedies; the case opens and ends at once. */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { RefusalInput } from '../../../shared/domain/case/case-commands';
import { useWorkstation } from '../../workstation/workstation-context';
import { refusalFormDefaults, refusalFormSchema, type RefusalFormValues, type RefusalMatter } from '../refusal/refusal-form';
import { RefusalFields } from '../refusal/RefusalFields';
import { withCleanText } from '../../../shared/util/clean-text';

interface RefusalDialogProps {
  /** The matter applied for: its 事项类型 decides the law the notice cites. */
  matter: RefusalMatter;
  onCancel(): void;
  /** Stores the refusal; a thrown error is shown in the dialog. */
  onRefuse(refusal: RefusalInput): Promise<void>;
}

export function RefusalDialog({ matter, onCancel, onRefuse }: RefusalDialogProps) {
  const { documents } = useWorkstation();
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, setValue, formState } = useForm<RefusalFormValues, unknown, RefusalInput>({
    resolver: zodResolver(withCleanText(refusalFormSchema)),
    defaultValues: refusalFormDefaults(documents, matter),
  });

  const submit = handleSubmit(async (refusal) => {
    setError(null);
    try {
      await onRefuse(refusal);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  });

  return (
    <Modal
      open
      title="不予受理"
      width={640}
      okText="不予受理并出具通知书"
      okButtonProps={{ danger: true }}
      cancelText="返回"
      onCancel={onCancel}
      onOk={() => void submit()}
      confirmLoading={formState.isSubmitting}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form layout="vertical" component="div">
        <RefusalFields control={control} setValue={setValue} matter={matter} />
      </Form>
    </Modal>
  );
}
