import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Input, Radio } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { rate } from '../../../../shared/domain/case/case-commands';
import { isBadReview, RATING_LEVELS, ratedPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import type { CaseRecord } from '../../../data/db';
import { Field } from '../../../ui/Field';
import { ActionForm, optional, submitOnEnter } from '../../../ui/ActionForm';
import { openRatingWindow } from '../../rating/open-rating-window';
import { ratingStars } from '../../../ui/rating-stars';
import { useCaseAction } from '../../../workstation/use-case-action';
import { withCleanText } from '../../../../shared/util/clean-text';

/**
 * 好差评, 一次一评: the applicant rates on the counter's rating screen; the clerk enters a rating
 * given on paper here, with no level chosen in advance. A 差评 is flagged for follow-up.
 */
export function RatingForm({ record }: { record: CaseRecord }) {
  const { run, error } = useCaseAction();
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(withCleanText(ratedPayloadSchema)),
    defaultValues: { level: undefined, comment: '' },
  });
  const level = useWatch({ control, name: 'level' });

  const submit = handleSubmit(async ({ level: chosen, comment }) => {
    const text = optional(comment);
    await run((input) => rate(record, { ...input, level: chosen, ...(text === undefined ? {} : { comment: text }) }));
  });

  return (
    <ActionForm
      title="好差评"
      testId="action-rated"
      error={error}
      submitLabel="代为登记评价"
      submitting={formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <Button type="primary" style={{ marginBottom: 12 }} onClick={() => openRatingWindow(record.caseId)} data-testid="invite-rating">
        请申请人在评价器上评价
      </Button>
      <Field control={control} name="level" label="评价等级" required>
        {(field) => (
          <Radio.Group id="ratingLevel" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
            {RATING_LEVELS.map((option) => (
              <Radio key={option} value={option}>
                {option} {ratingStars(option)}
              </Radio>
            ))}
          </Radio.Group>
        )}
      </Field>
      {isBadReview(level) && <Alert type="warning" showIcon message="差评：提交后须回访核实并整改" style={{ marginBottom: 12 }} />}
      <Field control={control} name="comment" label="评价内容（可选）">
        {(field) => (
          <Input.TextArea id="ratingComment" {...field} value={field.value ?? ''} rows={2} maxLength={500} onPressEnter={submitOnEnter} />
        )}
      </Field>
    </ActionForm>
  );
}
