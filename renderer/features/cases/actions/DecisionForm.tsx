import { zodResolver } from '@hookform/resolvers/zod';
import { Input, Radio } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { decideCase } from '../../../../shared/domain/case-commands';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm, optional, submitOnEnter } from './ActionForm';
import { decisionFormSchema, type DecisionFormValues } from './decision-form-schema';
import { useCaseAction } from './use-case-action';

/** 办结 by the handling side: 准予, or 不予 with reasons and legal basis. */
export function DecisionForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { control, handleSubmit, formState } = useForm<DecisionFormValues>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues: { outcome: 'approved', opinion: '', reasons: '', legalBasis: '' },
  });
  const outcome = useWatch({ control, name: 'outcome' });

  const decide = handleSubmit(async ({ outcome: chosen, opinion, reasons, legalBasis }) => {
    // Reasons and legal basis belong to a 不予 decision only.
    const denial = chosen === 'denied' ? { reasons: optional(reasons), legalBasis: optional(legalBasis) } : {};
    await run((input) => decideCase(record, { ...input, outcome: chosen, opinion: opinion.trim(), ...denial }));
  });

  return (
    <ActionForm title="办结" testId="action-decided" error={error} submitLabel="办结" submitting={formState.isSubmitting} onSubmit={() => void decide()}>
      <Field control={control} name="outcome" label="办理结果" required>
        {(field) => (
          <Radio.Group id="outcome" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
            <Radio value="approved">准予</Radio>
            <Radio value="denied">不予</Radio>
          </Radio.Group>
        )}
      </Field>
      <Field control={control} name="opinion" label="办理意见" required>
        {(field) => <Input.TextArea id="opinion" {...field} rows={3} maxLength={500} onPressEnter={submitOnEnter} />}
      </Field>
      {outcome === 'denied' && (
        <>
          <Field control={control} name="reasons" label="不予办理的理由" required>
            {(field) => <Input.TextArea id="denialReasons" {...field} rows={2} maxLength={500} onPressEnter={submitOnEnter} />}
          </Field>
          <Field control={control} name="legalBasis" label="法律依据" required>
            {(field) => <Input id="legalBasis" {...field} maxLength={300} autoComplete="off" />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
