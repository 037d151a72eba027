import { describe, expect, it } from 'vitest';
import { detailsSchemaFor } from '../../../shared/domain/matter/details-schema';
import { emptyValuesFor } from '../../../shared/forms/empty-values';
import { validFixtureFor } from '../../../shared/forms/valid-fixture';
import { EVERY_KIND, NOW, REGION_CODES } from './sample-fields';

const schema = detailsSchemaFor(EVERY_KIND, { regionCodes: REGION_CODES, now: NOW });
const valid = validFixtureFor(EVERY_KIND);

/** The message at one path, or undefined when that path has no issue. */
function messageAt(values: unknown, path: (string | number)[]): string | undefined {
  const result = schema.safeParse(values);
  return result.error?.issues.find((issue) => issue.path.join('.') === path.join('.'))?.message;
}

describe('detailsSchemaFor: a valid fixture and blanks', () => {
  it('accepts the valid fixture derived from the field list', () => {
    const result = schema.safeParse(valid);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('asks for every required field in Chinese, on the field’s own path', () => {
    const result = schema.safeParse(emptyValuesFor(EVERY_KIND));
    const byPath = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(byPath).toEqual({
      employer: '请填写工作单位',
      spouseId: '请填写配偶公民身份号码',
      companyCode: '请填写统一社会信用代码',
      contactMobile: '请填写联系人手机',
      marriedOn: '请选择结婚登记日期',
      reason: '请选择申请原因',
      householdRegion: '请选择户籍所在地',
      homeAddress: '请填写现居住地址',
      promise: '请勾选申请人承诺所填属实',
      'members.0.name': '请填写成员姓名',
      'members.0.relation': '请选择与申请人关系',
    });
  });

  it('lets empty optional fields through as blanks', () => {
    const parsed = schema.parse({ ...valid, officePhone: '', amount: '', hasVehicle: false });
    expect(parsed).toMatchObject({ officePhone: '', amount: '', hasVehicle: false });
  });
});

describe('detailsSchemaFor: each kind’s own rule', () => {
  it.each([
    ['employer', '一二三四五六七八九十一', '工作单位不超过10字'],
    ['spouseId', '110105194912310021', '公民身份号码校验位不正确，请核对'],
    ['companyCode', '91350200776049653B', '统一社会信用代码校验位不正确，请核对'],
    ['contactMobile', '12800138000', '手机号码应为以1开头的11位数字'],
    ['officePhone', '86001234', '固定电话应为“区号-号码”，如028-86001234，分机可加“-分机号”'],
    ['marriedOn', '2026-02-30', '结婚登记日期应为有效日期（年-月-日）'],
    ['marriedOn', '2026-11-30', '结婚登记日期不能晚于今天'],
    ['reason', '被盗', '请从选项中选择申请原因'],
    ['householdRegion', '510104', '户籍所在地应为重庆市的区县'],
    ['householdRegion', '500999', '户籍所在地应为重庆市的区县'],
    ['homeAddress', '路'.repeat(121), '现居住地址不超过120字'],
    ['amount', '5000.01', '金额不超过5,000元'],
    ['amount', '1.005', '金额应为数字（元），最多两位小数'],
  ])('%s = %s → %s', (key, value, message) => {
    expect(messageAt({ ...valid, [key]: value }, [key])).toBe(message);
  });

  it('normalises values the way the validators do', () => {
    const parsed = schema.parse({
      ...valid,
      spouseId: '11010519491231002x',
      companyCode: '91350200776049653a',
      officePhone: '023-6386 1234-801',
      amount: '12.5',
    });
    expect(parsed).toMatchObject({
      spouseId: '11010519491231002X',
      companyCode: '91350200776049653A',
      officePhone: '023-63861234-801',
      amount: '12.50',
    });
  });

  it('accepts today for a past-only date (China time, 10:00 on the 29th)', () => {
    expect(messageAt({ ...valid, marriedOn: '2026-11-29' }, ['marriedOn'])).toBeUndefined();
  });

  it('without a region list checks only the shape and the province', () => {
    const loose = detailsSchemaFor(EVERY_KIND, { now: NOW });
    expect(loose.safeParse({ ...valid, householdRegion: '500999' }).success).toBe(true);
  });
});

describe('detailsSchemaFor: conditions', () => {
  it('requires a conditional field only when its condition holds', () => {
    expect(messageAt({ ...valid, reason: '其他', otherReason: '' }, ['otherReason'])).toBe('请填写其他原因说明');
    expect(messageAt({ ...valid, reason: '遗失', otherReason: '' }, ['otherReason'])).toBeUndefined();
    expect(messageAt({ ...valid, hasVehicle: true, plate: '' }, ['plate'])).toBe('请填写号牌号码');
    expect(messageAt({ ...valid, hasVehicle: false, plate: '' }, ['plate'])).toBeUndefined();
  });

  it('drops a hidden field’s stale value from the output', () => {
    const parsed = schema.parse({ ...valid, reason: '遗失', otherReason: '以前填的' });
    expect(parsed).not.toHaveProperty('otherReason');
  });
});

describe('detailsSchemaFor: repeatable groups', () => {
  const member = { name: '张小明', relation: '子女', idNumber: '' };

  it('checks each item on its own path', () => {
    const values = { ...valid, members: [member, { ...member, relation: '', idNumber: '110105194912310021' }] };
    expect(messageAt(values, ['members', 1, 'relation'])).toBe('请选择与申请人关系');
    expect(messageAt(values, ['members', 1, 'idNumber'])).toBe('公民身份号码校验位不正确，请核对');
    expect(messageAt(values, ['members', 0, 'relation'])).toBeUndefined();
  });

  it('enforces the minimum and maximum number of items', () => {
    expect(messageAt({ ...valid, members: [] }, ['members'])).toBe('请添加家庭成员');
    expect(messageAt({ ...valid, members: [member, member, member, member] }, ['members'])).toBe('家庭成员最多填写3项');
    const pairs = detailsSchemaFor([{ ...EVERY_KIND[14]!, minItems: 2 } as (typeof EVERY_KIND)[number]], { now: NOW });
    expect(pairs.safeParse({ members: [member] }).error?.issues[0]?.message).toBe('家庭成员至少填写2项');
  });
});

describe('emptyValuesFor and validFixtureFor', () => {
  it('starts text kinds blank, checkboxes unticked and a required group with one blank row', () => {
    const empty = emptyValuesFor(EVERY_KIND);
    expect(empty).toMatchObject({ employer: '', hasVehicle: false, members: [{ name: '', relation: '', idNumber: '' }] });
  });

  it('derives a valid value for every kind', () => {
    expect(valid).toMatchObject({ reason: '遗失', householdRegion: '500103', promise: true, members: [{ relation: '配偶' }] });
  });
});
