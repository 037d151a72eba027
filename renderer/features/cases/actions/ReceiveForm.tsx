import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { receive } from '../../../../shared/domain/case/case-commands';
import { receivedPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm, optional } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

// The local number is optional: an emptied input is '' here and absent in the payload.
const receiveFormSchema = receivedPayloadSchema.extend({ localCaseNumber: z.string().trim().max(50, { message: '办理地编号不超过50字' }) });

/** 接收 by the handling side: the case is now under review here (办理地审查中). */
export function ReceiveForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(withCleanText(receiveFormSchema)),
    defaultValues: { localCaseNumber: '' },
  });

  const submit = handleSubmit(async ({ localCaseNumber }) => {
    const number = optional(localCaseNumber);
    await run((input) => receive(record, { ...input, ...(number === undefined ? {} : { localCaseNumber: number }) }));
  });

  return (
    <ActionForm
      title="接收办件"
      testId="action-received"
      error={error}
      submitLabel="接收"
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <Field control={control} name="localCaseNumber" label="办理地本地编号（可选）">
        {(field) => <Input id="localCaseNumber" {...field} maxLength={50} autoComplete="off" />}
      </Field>
    </ActionForm>
  );
}
