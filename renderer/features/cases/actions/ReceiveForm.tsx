import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { receive } from '../../../../shared/domain/case-commands';
import { NATIONAL_CASE_NUMBER_MESSAGE, NATIONAL_CASE_NUMBER_PATTERN } from '../../../../shared/domain/case-event-payloads';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm, optional } from './ActionForm';
import { useCaseAction } from './use-case-action';

// Both numbers are optional: an emptied input is '' here and absent in the payload. The
// national 办件编号 is read in upper case, as the platform prints it.
const receiveFormSchema = z.object({
  localCaseNumber: z.string().trim().max(50, { message: '办理地编号不超过50字' }),
  nationalCaseNumber: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .refine((value) => value === '' || NATIONAL_CASE_NUMBER_PATTERN.test(value), { message: NATIONAL_CASE_NUMBER_MESSAGE }),
});

/** 接收 by the handling side: the case is now under review here (办理地审查中), under the numbers this place gives it. */
export function ReceiveForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(receiveFormSchema),
    defaultValues: { localCaseNumber: '', nationalCaseNumber: '' },
  });

  const submit = handleSubmit(async (values) => {
    const localCaseNumber = optional(values.localCaseNumber);
    const nationalCaseNumber = optional(values.nationalCaseNumber);
    await run((input) =>
      receive(record, {
        ...input,
        ...(localCaseNumber === undefined ? {} : { localCaseNumber }),
        ...(nationalCaseNumber === undefined ? {} : { nationalCaseNumber }),
      }),
    );
  });

  return (
    <ActionForm title="接收办件" testId="action-received" error={error} submitLabel="接收" submitting={formState.isSubmitting} onSubmit={() => void submit()}>
      <Field control={control} name="localCaseNumber" label="办理地本地编号（可选）">
        {(field) => <Input id="localCaseNumber" {...field} maxLength={50} autoComplete="off" />}
      </Field>
      <Field control={control} name="nationalCaseNumber" label="全国办件编号（可选）" extra="本地一体化政务服务平台登记后生成的办件编号，如实施编码+日期+序号">
        {(field) => <Input id="nationalCaseNumber" {...field} maxLength={50} autoComplete="off" />}
      </Field>
    </ActionForm>
  );
}
