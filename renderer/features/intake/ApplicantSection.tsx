import { Input } from 'antd';
import type { Control } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/application';
import { Field } from '../../ui/Field';
import { IdNumberWarnings } from './IdNumberWarnings';

export function ApplicantSection({ control }: { control: Control<IntakeValues, unknown, Intake> }) {
  return (
    <>
      <Field control={control} name="applicant.name" label="申请人姓名" required>
        {(field) => <Input id="applicant.name" {...field} autoComplete="off" />}
      </Field>
      <Field control={control} name="applicant.idNumber" label="公民身份号码" required>
        {(field) => (
          <>
            <Input id="applicant.idNumber" {...field} maxLength={18} autoComplete="off" />
            <IdNumberWarnings value={field.value} />
          </>
        )}
      </Field>
      <Field control={control} name="applicant.mobile" label="手机号码" required>
        {(field) => <Input id="applicant.mobile" {...field} maxLength={11} autoComplete="off" />}
      </Field>
    </>
  );
}
