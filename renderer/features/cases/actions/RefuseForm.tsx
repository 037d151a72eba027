import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { refuse, type RefusalInput } from '../../../../shared/domain/case/case-commands';
import { useWorkstation } from '../../../workstation/workstation-context';
import type { CaseRecord } from '../../../data/db';
import { mattersByCode } from '../../../catalog/catalog';
import { refusalFormDefaults, refusalFormSchema, type RefusalFormValues } from '../../refusal/refusal-form';
import { RefusalFields } from '../../refusal/RefusalFields';
import { ActionForm } from '../../../ui/ActionForm';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/** 不予受理 after 补正 (the supplemented application still fails the conditions). */
export function RefuseForm({ record }: { record: CaseRecord }) {
  const { documents } = useWorkstation();
  const { run, error } = useCaseAction();
  const matter = mattersByCode.get(record.matter.code);
  const { control, handleSubmit, setValue, formState } = useForm<RefusalFormValues, unknown, RefusalInput>({
    resolver: zodResolver(withCleanText(refusalFormSchema)),
    defaultValues: refusalFormDefaults(documents, matter),
  });

  const submit = handleSubmit(async (refusal) => {
    await run((input) => refuse(record, { ...input, refusal }));
  });

  return (
    <ActionForm
      title="不予受理"
      testId="action-refused"
      error={error}
      submitLabel="不予受理"
      danger
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <RefusalFields control={control} setValue={setValue} {...(matter ? { matter } : {})} />
    </ActionForm>
  );
}
