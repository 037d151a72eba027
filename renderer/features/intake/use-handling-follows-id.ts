/**
 * Fills 办理地 from the applicant's ID number (handling-from-id.ts) while the clerk has not
 * chosen one. A place the clerk picked, or one a restored draft carries, is never replaced:
 * only an empty field or the place this hook itself suggested follows a changed ID number.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../shared/domain/matter/application';
import { handlingCountyFromIdNumber } from '../../../shared/domain/region/handling-from-id';
import type { Matter } from '../../../shared/domain/matter/matter';
import { otherProvince, type ProvinceCode } from '../../../shared/domain/region/provinces';
import { countyOptions } from '../../catalog/catalog';

export function useHandlingFollowsId(
  form: UseFormReturn<IntakeValues, unknown, Intake>,
  matter: Matter | undefined,
  myProvince: ProvinceCode,
): void {
  const { getValues, setValue, watch } = form;
  const handlingCounties = useMemo(() => new Set(countyOptions(otherProvince(myProvince)).map((option) => option.value)), [myProvince]);
  const suggested = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!matter) return undefined;
    const follow = (idNumber: string) => {
      const suggestion = handlingCountyFromIdNumber({ idNumber, applicantType: matter.applicantType, handlingCounties });
      if (!suggestion) return;
      const current = getValues('handlingDivision');
      if (current !== '' && current !== suggested.current) return;
      suggested.current = suggestion;
      if (current !== suggestion) setValue('handlingDivision', suggestion, { shouldDirty: true, shouldValidate: true });
    };
    follow(getValues('applicant.idNumber') ?? '');
    // A subscription, not a watched value: watching re-rendered the whole page on each
    // keystroke of the ID number. A reset (no name) may bring another number too.
    const subscription = watch((values, { name }) => {
      if (name === undefined || name === 'applicant.idNumber' || name === 'applicant') follow(values.applicant?.idNumber ?? '');
    });
    return () => subscription.unsubscribe();
  }, [matter, handlingCounties, getValues, setValue, watch]);
}
