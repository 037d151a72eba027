import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { useForm } from 'react-hook-form';
import { endSpecialProcedure } from '../../../../shared/domain/case/case-commands';
import { specialProcedureEndedPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm, submitOnEnter } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/** 结束特别程序 with its result: the legal clock runs again from the next day. */
export function SpecialProcedureEndForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const running = record.specialProcedures?.at(-1);
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(withCleanText(specialProcedureEndedPayloadSchema)),
    defaultValues: { result: '' },
  });

  const submit = handleSubmit(async (payload) => {
    await run((input) => endSpecialProcedure(record, { ...input, ...payload }));
  });

  return (
    <ActionForm
      title={running ? `结束特别程序（${running.kind}）` : '结束特别程序'}
      testId="action-specialProcedureEnded"
      error={error}
      submitLabel="结束特别程序"
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <Field control={control} name="result" label="特别程序结果" required>
        {(field) => <Input.TextArea id="specialProcedureResult" {...field} rows={2} maxLength={300} onPressEnter={submitOnEnter} />}
      </Field>
    </ActionForm>
  );
}
