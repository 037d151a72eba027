import { zodResolver } from '@hookform/resolvers/zod';
import { App, Input } from 'antd';
import { useForm } from 'react-hook-form';
import { withdraw } from '../../../../shared/domain/case/case-commands';
import { withdrawnPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/** 撤回申请 at the applicant's request: ends the case for good, so the clerk confirms first. */
export function WithdrawForm({ record }: { record: CaseRecord }) {
  const { modal } = App.useApp();
  const { run, error } = useCaseAction();
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(withCleanText(withdrawnPayloadSchema)),
    defaultValues: { reason: '' },
  });

  const submit = handleSubmit(async ({ reason }) => {
    const confirmed = await modal.confirm({
      title: '确认撤回该申请？',
      content: `办件 ${record.caseNumber} 撤回后即终结，不能再办理。撤回理由：${reason}`,
      okText: '确认撤回',
      okButtonProps: { danger: true },
      cancelText: '取消',
    });
    if (confirmed) await run((input) => withdraw(record, { ...input, reason }));
  });

  return (
    <ActionForm
      title="撤回申请"
      testId="action-withdrawn"
      error={error}
      submitLabel="撤回"
      danger
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <Field control={control} name="reason" label="撤回理由" required>
        {(field) => <Input id="withdrawReason" {...field} maxLength={300} autoComplete="off" />}
      </Field>
    </ActionForm>
  );
}
