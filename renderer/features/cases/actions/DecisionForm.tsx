import { zodResolver } from '@hookform/resolvers/zod';
import { Input, Radio } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { decideCase } from '../../../../shared/domain/case/case-commands';
import type { CaseRecord } from '../../../data/db';
import { mattersByCode } from '../../../catalog/catalog';
import { catalogDecidingAuthority } from '../../documents/deciding-authority';
import { Field } from '../../../ui/Field';
import { ActionForm, optional, submitOnEnter } from '../../../ui/ActionForm';
import { decisionFormSchema, type DecisionFormValues } from './decision-form-schema';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/**
 * 办结 by the handling side: 准予, or 不予 with reasons and legal basis; the deciding
 * department as on its seal (the 办结通知书 and the certificate name it), and for 不予 the
 * 复议机关, pre-filled by the deciding body's level.
 */
export function DecisionForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const fromCatalog = catalogDecidingAuthority(mattersByCode.get(record.matter.code), record.routing.handling);
  const { control, handleSubmit, formState } = useForm<DecisionFormValues>({
    resolver: zodResolver(withCleanText(decisionFormSchema)),
    defaultValues: {
      outcome: 'approved',
      opinion: '',
      reasons: '',
      legalBasis: '',
      decidingAuthority: '',
      reconsiderationBody: fromCatalog.remedies.reconsiderationBody,
    },
  });
  const outcome = useWatch({ control, name: 'outcome' });

  const decide = handleSubmit(async ({ outcome: chosen, opinion, reasons, legalBasis, decidingAuthority, reconsiderationBody }) => {
    // Reasons, legal basis and the 复议机关 belong to a 不予 decision only.
    const denial =
      chosen === 'denied'
        ? { reasons: optional(reasons), legalBasis: optional(legalBasis), reconsiderationBody: optional(reconsiderationBody) }
        : {};
    const decider = optional(decidingAuthority);
    await run((input) =>
      decideCase(record, {
        ...input,
        outcome: chosen,
        opinion: opinion.trim(),
        ...(decider ? { decidingAuthority: decider } : {}),
        ...denial,
      }),
    );
  });

  return (
    <ActionForm
      title="办结"
      testId="action-decided"
      error={error}
      submitLabel="办结"
      submitting={formState.isSubmitting}
      onSubmit={() => void decide()}
    >
      <Field control={control} name="outcome" label="办理结果" required>
        {(field) => (
          <Radio.Group id="outcome" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
            <Radio value="approved">准予</Radio>
            <Radio value="denied">不予</Radio>
          </Radio.Group>
        )}
      </Field>
      <Field
        control={control}
        name="decidingAuthority"
        label="作出决定的机关"
        extra={`与其印章一致的全称；不填则按事项目录记为“${fromCatalog.name}”`}
      >
        {(field) => <Input id="decidingAuthority" {...field} value={field.value ?? ''} maxLength={60} autoComplete="off" />}
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
          <Field
            control={control}
            name="reconsiderationBody"
            label="行政复议机关"
            extra="按作出决定机关的层级预填（行政复议法第二十四条）；税务为上一级税务机关"
          >
            {(field) => <Input id="reconsiderationBody" {...field} value={field.value ?? ''} maxLength={60} autoComplete="off" />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
