import { zodResolver } from '@hookform/resolvers/zod';
import { Input, Radio } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { handOverResult } from '../../../../shared/domain/case/case-commands';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm } from '../../../ui/ActionForm';
import { handOverFormSchema, toDelivery, type HandOverFormValues } from './hand-over-form-schema';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/** 结果送达: handed over at the window (who collected it) or posted by EMS (waybill). */
export function ResultHandOverForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { control, handleSubmit, formState } = useForm<HandOverFormValues>({
    resolver: zodResolver(withCleanText(handOverFormSchema)),
    defaultValues: { method: 'window', recipient: record.applicant.name, waybillNo: '' },
  });
  const method = useWatch({ control, name: 'method' });

  const submit = handleSubmit(async (values) => {
    await run((input) => handOverResult(record, { ...input, delivery: toDelivery(values) }));
  });

  return (
    <ActionForm
      title="结果送达"
      testId="action-resultHandedOver"
      error={error}
      submitLabel="登记送达"
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <Field control={control} name="method" label="送达方式" required>
        {(field) => (
          <Radio.Group id="deliveryMethod" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
            <Radio value="window">窗口领取</Radio>
            <Radio value="post">EMS邮寄</Radio>
          </Radio.Group>
        )}
      </Field>
      {method === 'window' ? (
        <Field control={control} name="recipient" label="领取人" required>
          {(field) => <Input id="deliveryRecipient" {...field} maxLength={40} autoComplete="off" />}
        </Field>
      ) : (
        <Field control={control} name="waybillNo" label="EMS运单号" required>
          {(field) => (
            <Input
              id="deliveryWaybillNo"
              {...field}
              onChange={(event) => field.onChange(event.target.value.toUpperCase())}
              maxLength={20}
              autoComplete="off"
            />
          )}
        </Field>
      )}
    </ActionForm>
  );
}
