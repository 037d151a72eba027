/** 收件备注: what the receiving clerk wants the handling side to know; it travels with the case. */
import { Input } from 'antd';
import type { Control } from 'react-hook-form';
import { INTAKE_NOTE_MAX, type Intake, type IntakeValues } from '../../../shared/domain/matter/application';
import { Field } from '../../ui/Field';

export function IntakeNoteSection({ control }: { control: Control<IntakeValues, unknown, Intake> }) {
  return (
    <Field control={control} name="intakeNote" label="收件备注（办理地可见）" extra="如材料核验情况、需办理地注意的事项；可不填">
      {(field) => <Input.TextArea id="intakeNote" {...field} value={field.value ?? ''} rows={2} maxLength={INTAKE_NOTE_MAX} showCount />}
    </Field>
  );
}
