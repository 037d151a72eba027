import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { useForm } from 'react-hook-form';
import { postMaterials } from '../../../../shared/domain/case/case-commands';
import { materialsPostedPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/** 异地代收代办: the paper originals go to the handling side by EMS; the waybill is the proof. */
export function MaterialsPostForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { control, handleSubmit, formState, reset } = useForm({
    resolver: zodResolver(withCleanText(materialsPostedPayloadSchema)),
    defaultValues: { carrier: 'EMS' as const, waybillNo: '' },
  });

  const submit = handleSubmit(async ({ waybillNo }) => {
    if (await run((input) => postMaterials(record, { ...input, waybillNo }))) reset();
  });

  const posted = record.postings?.length ?? 0;
  return (
    <ActionForm
      title={posted > 0 ? `邮寄纸质材料（已寄${posted}次）` : '邮寄纸质材料'}
      testId="action-materialsPosted"
      error={error}
      submitLabel="登记寄出"
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <Field control={control} name="waybillNo" label="EMS运单号" required>
        {(field) => (
          <Input
            id="postingWaybillNo"
            {...field}
            onChange={(event) => field.onChange(event.target.value.toUpperCase())}
            maxLength={20}
            autoComplete="off"
          />
        )}
      </Field>
    </ActionForm>
  );
}
