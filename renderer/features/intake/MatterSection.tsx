import { Select } from 'antd';
import type { Control, UseFormSetValue } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/matter/application';
import { otherProvince, type ProvinceCode } from '../../../shared/domain/region/provinces';
import { useEffect, useRef, useState } from 'react';
import type { RefSelectProps } from 'antd';
import { countyOptions, mattersByCode } from '../../catalog/catalog';
import { matterUsageRepo } from '../../data/matter-usage.repo';
import { useMatterOptions } from './use-matter-options';
import { Field } from '../../ui/Field';
import { defaultModeFor } from './intake-form';

interface Props {
  control: Control<IntakeValues, unknown, Intake>;
  setValue: UseFormSetValue<IntakeValues>;
  matterCode: string;
  myProvince: ProvinceCode;
  /** True while the form is ready and no matter is chosen: an empty intake starts by finding the matter. */
  focusMatter?: boolean;
}

export function MatterSection({ control, setValue, matterCode, myProvince, focusMatter = false }: Props) {
  const matterSelect = useRef<RefSelectProps>(null);
  useEffect(() => {
    if (focusMatter) matterSelect.current?.focus();
  }, [focusMatter]);
  const matter = mattersByCode.get(matterCode);
  const [matterQuery, setMatterQuery] = useState('');
  const [searching, setSearching] = useState(false);
  const { options: matterOptions, loading } = useMatterOptions(matterQuery, matterCode, searching);
  const handlingOptions = countyOptions(otherProvince(myProvince));
  return (
    <>
      <Field control={control} name="matterCode" label="办理事项" required>
        {(field) => (
          <Select
            id="matterCode"
            ref={matterSelect}
            // The catalog index filters (pinyin, initials, codes); antd must not filter again.
            showSearch={{ filterOption: false, onSearch: setMatterQuery }}
            placeholder="输入事项名称、拼音首字母（如 sbk）或编码搜索"
            value={field.value || undefined}
            options={matterOptions}
            onOpenChange={setSearching}
            loading={loading}
            notFoundContent={loading ? '正在准备事项目录…' : undefined}
            onChange={(code: string) => {
              field.onChange(code);
              setMatterQuery('');
              void matterUsageRepo.record(code);
              const chosen = mattersByCode.get(code);
              if (chosen) setValue('mode', defaultModeFor(chosen));
              setValue('materialCodes', []);
            }}
          />
        )}
      </Field>
      <Field control={control} name="mode" label="办理模式" required>
        {(field) => (
          <Select
            id="mode"
            value={field.value}
            onChange={field.onChange}
            options={(matter?.modes ?? []).map((mode) => ({ value: mode, label: mode }))}
          />
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
