/** A read card fills the applicant block and only the matter's fields that mean the holder. */
import { describe, expect, it } from 'vitest';
import { cardIntakeFill } from '../../../shared/devices/id-card/intake-fill';
import type { IdCard } from '../../../shared/devices/id-card/id-card';
import type { FieldSpec } from '../../../shared/domain/matter/form-fields';

const CARD: IdCard = {
  name: '李䶮',
  sexCode: '1',
  sex: '男',
  ethnicityCode: '01',
  ethnicity: '汉族',
  birthDate: '1990-03-07',
  address: '四川省成都市锦江区红星路三段1号',
  idNumber: '510104199003071237',
  issuer: '成都市公安局锦江区分局',
  validFrom: '2016-05-10',
  validTo: null,
};

describe('cardIntakeFill', () => {
  it('fills name and ID number for a matter without holder fields', () => {
    expect(cardIntakeFill(CARD, [])).toEqual({
      applicant: { name: '李䶮', idNumber: '510104199003071237' },
      details: {},
      filledLabels: ['姓名', '公民身份号码'],
    });
  });

  it("never fills a newborn's 出生日期, 民族 or 性别 (generic keys) with the holder's", () => {
    const newborn: FieldSpec[] = [
      { key: 'babySex', label: '性别', required: true, kind: 'select', options: ['男', '女'] },
      { key: 'birthDate', label: '出生日期', required: true, kind: 'date', past: true, month: false },
      { key: 'ethnicity', label: '民族', required: true, kind: 'text', maxLength: 10 },
    ];
    expect(cardIntakeFill(CARD, newborn).details).toEqual({});
  });

  it("fills the holder's fields the matter has, when the value fits the field", () => {
    const fields: FieldSpec[] = [
      { key: 'holderSex', label: '申请人性别', required: true, kind: 'select', options: ['男性', '女性'] },
      { key: 'holderEthnicity', label: '申请人民族', required: false, kind: 'text', maxLength: 10 },
      { key: 'holderBirthDate', label: '申请人出生日期', required: true, kind: 'date', past: true, month: false },
      { key: 'idCardAddress', label: '身份证住址', required: true, kind: 'address' },
      { key: 'idCardValidity', label: '身份证有效期', required: false, kind: 'text', maxLength: 30 },
    ];
    const fill = cardIntakeFill(CARD, fields);
    // 男 is not one of the select's options (男性/女性), so that one is left for the clerk.
    expect(fill.details).toEqual({
      holderEthnicity: '汉族',
      holderBirthDate: '1990-03-07',
      idCardAddress: '四川省成都市锦江区红星路三段1号',
      idCardValidity: '2016.05.10-长期',
    });
    expect(fill.filledLabels).toEqual(['姓名', '公民身份号码', '申请人民族', '申请人出生日期', '身份证住址', '身份证有效期']);
  });
});
