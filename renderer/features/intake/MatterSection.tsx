import { Select } from 'antd';
import type { Control, UseFormSetValue } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/application';
import { otherProvince, type ProvinceCode } from '../../../shared/domain/provinces';
import { countyOptions, matters, mattersByCode } from '../../catalog/catalog';
import { Field } from '../../ui/Field';
import { defaultModeFor } from './intake-form';

interface Props {
  control: Control<IntakeValues, unknown, Intake>;
  setValue: UseFormSetValue<IntakeValues>;
  matterCode: string;
  myProvince: ProvinceCode;
}

const matterOptions = matters.map((matter) => ({ value: matter.code, label: `${matter.name}（${matter.code}）` }));

export function MatterSection({ control, setValue, matterCode, myProvince }: Props) {
  const matter = mattersByCode.get(matterCode);
  const handlingOptions = countyOptions(otherProvince(myProvince));
  return (
    <>
      <Field control={control} name="matterCode" label="办理事项" required>
        {(field) => (
          <Select
            id="matterCode"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="输入事项名称或编码搜索"
            value={field.value || undefined}
            options={matterOptions}
            onChange={(code: string) => {
              field.onChange(code);
              const chosen = mattersByCode.get(code);
              if (chosen) setValue('mode', defaultModeFor(chosen));
              setValue('materialCodes', []);
            }}
          />
        )}
      </Field>
      <Field control={control} name="mode" label="办理模式" required>
        {(field) => (
          <Select id="mode" value={field.value} onChange={field.onChange} options={(matter?.modes ?? []).map((mode) => ({ value: mode, label: mode }))} />
        )}
      </Field>
      <Field control={control} name="handlingDivision" label="办理地（属地办理部门所在区县）" required>
        {(field) => (
          <Select
            id="handlingDivision"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="输入区县名称搜索"
            value={field.value || undefined}
            onChange={field.onChange}
            options={handlingOptions}
          />
        )}
      </Field>
    </>
  );
}
