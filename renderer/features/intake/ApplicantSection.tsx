import { Input } from 'antd';
import type { Control } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/matter/application';
import { Field } from '../../ui/Field';
import { IdNumberWarnings } from './IdNumberWarnings';

/** The person at the window: the applicant, or for a 法人 matter the unit's 经办人. */
export function ApplicantSection({ control, role }: { control: Control<IntakeValues, unknown, Intake>; role: '申请人' | '经办人' }) {
  return (
    <>
      <Field control={control} name="applicant.name" label={`${role}姓名`} required>
        {(field) => <Input id="applicant.name" {...field} autoComplete="off" />}
      </Field>
      <Field control={control} name="applicant.idNumber" label={role === '申请人' ? '公民身份号码' : '经办人公民身份号码'} required>
        {(field) => (
          <>
            <Input id="applicant.idNumber" {...field} maxLength={18} autoComplete="off" />
            <IdNumberWarnings value={field.value} />
          </>
        )}
      </Field>
      <Field control={control} name="applicant.mobile" label={role === '申请人' ? '手机号码' : '经办人手机号码'} required>
        {(field) => <Input id="applicant.mobile" {...field} maxLength={11} autoComplete="off" />}
      </Field>
    </>
  );
}
