import { zodResolver } from '@hookform/resolvers/zod';
import { Input, Select } from 'antd';
import { useForm } from 'react-hook-form';
import { startSpecialProcedure } from '../../../../shared/domain/case/case-commands';
import { SPECIAL_PROCEDURE_KINDS, specialProcedureStartedPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm, submitOnEnter } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/** 启动特别程序 (检验、鉴定、专家评审、公示、听证…): the legal clock pauses until it ends. */
export function SpecialProcedureStartForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(withCleanText(specialProcedureStartedPayloadSchema)),
    defaultValues: { kind: '专家评审' as const, reason: '' },
  });

  const submit = handleSubmit(async (payload) => {
    await run((input) => startSpecialProcedure(record, { ...input, ...payload }));
  });

  return (
    <ActionForm
      title="启动特别程序（暂停计时）"
      testId="action-specialProcedureStarted"
      error={error}
      submitLabel="启动特别程序"
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <Field control={control} name="kind" label="程序类型" required>
        {(field) => (
          <Select id="specialProcedureKind" {...field} options={SPECIAL_PROCEDURE_KINDS.map((kind) => ({ value: kind, label: kind }))} />
        )}
      </Field>
      <Field control={control} name="reason" label="启动理由" required>
        {(field) => <Input.TextArea id="specialProcedureReason" {...field} rows={2} maxLength={300} onPressEnter={submitOnEnter} />}
      </Field>
    </ActionForm>
  );
}
