/** The 不予受理 form's fields, for the intake dialog and the case drawer alike. */
import { Input, Select } from 'antd';
import type { Control, UseFormSetValue } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import type { RefusalInput } from '../../../shared/domain/case/case-commands';
import { REFUSAL_GROUND_LABELS, REFUSAL_GROUNDS, REMEDY_LIMITS } from '../../../shared/domain/case/case-event-payloads';
import { Field } from '../../ui/Field';
import { legalBasisForGround, type RefusalFormValues, type RefusalMatter } from './refusal-form';

const GROUND_OPTIONS = REFUSAL_GROUNDS.map((ground) => ({ value: ground, label: REFUSAL_GROUND_LABELS[ground] }));

interface RefusalFieldsProps {
  control: Control<RefusalFormValues, unknown, RefusalInput>;
  setValue: UseFormSetValue<RefusalFormValues>;
  /** The matter refused: its 事项类型 decides which law the basis cites. */
  matter?: RefusalMatter;
}

export function RefusalFields({ control, setValue, matter }: RefusalFieldsProps) {
  const ground = useWatch({ control, name: 'ground' });
  return (
    <>
      <Field control={control} name="ground" label="不予受理情形" required>
        {(field) => (
          <Select
            id="refusalGround"
            options={GROUND_OPTIONS}
            value={field.value}
            onChange={(value) => {
              field.onChange(value);
              // The basis follows the ground unless the clerk has written their own.
              setValue('legalBasis', legalBasisForGround(value, matter));
            }}
          />
        )}
      </Field>
      <Field control={control} name="reason" label="不予受理理由" required>
        {(field) => <Input.TextArea id="refusalReason" {...field} rows={3} maxLength={500} />}
      </Field>
      <Field control={control} name="legalBasis" label="法律依据" required>
        {(field) => <Input id="refusalLegalBasis" {...field} maxLength={300} autoComplete="off" />}
      </Field>
      {ground === 'outsidePowers' && (
        <Field control={control} name="competentAuthority" label="有权受理的行政机关" required>
          {(field) => <Input id="competentAuthority" {...field} maxLength={100} autoComplete="off" />}
        </Field>
      )}
      <Field
        control={control}
        name="reconsiderationBody"
        label="行政复议机关"
        required
        extra={`申请人可在收到通知之日起${REMEDY_LIMITS.reconsiderationDays}日内申请行政复议`}
      >
        {(field) => <Input id="reconsiderationBody" {...field} maxLength={100} autoComplete="off" />}
      </Field>
      <Field
        control={control}
        name="litigationCourt"
        label="管辖人民法院"
        required
        extra={`或在${REMEDY_LIMITS.litigationMonths}个月内提起行政诉讼`}
      >
        {(field) => <Input id="litigationCourt" {...field} maxLength={100} autoComplete="off" />}
      </Field>
    </>
  );
}
