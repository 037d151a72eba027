import { describe, expect, it } from 'vitest';
import { handlingCountyFromIdNumber } from '../../shared/domain/region/handling-from-id';
import { idCheckCharacter } from '../../shared/domain/validators/id-number';

const CHONGQING_COUNTIES = new Set(['500103', '500233']);

function idFrom(region: string): string {
  const first17 = `${region}19850612001`;
  return first17 + idCheckCharacter(first17);
}

describe('the handling place an ID number suggests', () => {
  it('is the county of issue when it is one of the handling counties', () => {
    expect(handlingCountyFromIdNumber({ idNumber: idFrom('500233'), applicantType: '个人', handlingCounties: CHONGQING_COUNTIES })).toBe(
      '500233',
    );
  });

  it('reads a 15-digit number and a lower-case x like the form does', () => {
    expect(handlingCountyFromIdNumber({ idNumber: '500103850612001', applicantType: '个人', handlingCounties: CHONGQING_COUNTIES })).toBe(
      '500103',
    );
  });

  it('suggests nothing for a county of the window’s own province or one no longer in the table', () => {
    expect(
      handlingCountyFromIdNumber({ idNumber: idFrom('510104'), applicantType: '个人', handlingCounties: CHONGQING_COUNTIES }),
    ).toBeUndefined();
    expect(
      handlingCountyFromIdNumber({ idNumber: idFrom('500221'), applicantType: '个人', handlingCounties: CHONGQING_COUNTIES }),
    ).toBeUndefined();
  });

  it('waits for a whole, valid number', () => {
    expect(
      handlingCountyFromIdNumber({ idNumber: '500233198506', applicantType: '个人', handlingCounties: CHONGQING_COUNTIES }),
    ).toBeUndefined();
    const wrongCheck = `${idFrom('500233').slice(0, 17)}${idFrom('500233').endsWith('0') ? '1' : '0'}`;
    expect(
      handlingCountyFromIdNumber({ idNumber: wrongCheck, applicantType: '个人', handlingCounties: CHONGQING_COUNTIES }),
    ).toBeUndefined();
  });

  it('does not route a unit’s case by its 经办人’s ID', () => {
    expect(
      handlingCountyFromIdNumber({ idNumber: idFrom('500233'), applicantType: '法人', handlingCounties: CHONGQING_COUNTIES }),
    ).toBeUndefined();
  });
});
