import { zodResolver } from '@hookform/resolvers/zod';
import { AutoComplete, Input } from 'antd';
import { useForm } from 'react-hook-form';
import { issueResult } from '../../../../shared/domain/case/case-commands';
import { resultIssuedPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import { chinaDate } from '../../../../shared/domain/calendar/working-days';
import { mattersByCode } from '../../../catalog/catalog';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { IsoDatePicker } from '../../../ui/IsoDatePicker';
import { ActionForm } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/** 出具结果 for a 准予 decision: the certificate's name (from the matter's result documents) and number. */
export function ResultIssueForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const documents = mattersByCode.get(record.matter.code)?.resultDocuments ?? [];
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(withCleanText(resultIssuedPayloadSchema)),
    defaultValues: { certificateName: documents[0] ?? '', certificateNumber: '', issuedOn: chinaDate(new Date()) },
  });

  const submit = handleSubmit(async (payload) => {
    await run((input) => issueResult(record, { ...input, ...payload }));
  });

  return (
    <ActionForm
      title="出具结果"
      testId="action-resultIssued"
      error={error}
      submitLabel="出具结果"
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <Field control={control} name="certificateName" label="结果证照名称" required>
        {(field) => <AutoComplete id="certificateName" {...field} options={documents.map((name) => ({ value: name }))} maxLength={100} />}
      </Field>
      <Field control={control} name="certificateNumber" label="证照编号" required>
        {(field) => <Input id="certificateNumber" {...field} maxLength={60} autoComplete="off" />}
      </Field>
      <Field control={control} name="issuedOn" label="颁发日期" required>
        {(field) => <IsoDatePicker id="issuedOn" ref={field.ref} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
      </Field>
    </ActionForm>
  );
}
