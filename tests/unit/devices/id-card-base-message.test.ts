/**
 * The 256-byte base message of a 居民身份证 parsed from byte fixtures: rare characters,
 * an address filling all 70 bytes, code tables, 长期, and every way the bytes can be wrong
 * answered with a typed error.
 */
import { describe, expect, it } from 'vitest';
import { parseBaseMessage } from '../../../shared/devices/id-card/base-message';
import { baseMessage, LI_YAN } from './id-card-fixtures';

describe('parseBaseMessage', () => {
  it('reads every field of a card with 䶮 in the name, codes turned into names', () => {
    const result = parseBaseMessage(baseMessage(LI_YAN));
    expect(result).toEqual({
      ok: true,
      card: {
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
        validTo: '2036-05-10',
      },
    });
  });

  it('keeps an address of 35 characters whole (the field has no padding left)', () => {
    const address = '重庆市渝中区解放碑街道民族路188号环球金融中心大厦三十五楼3508号';
    expect(address).toHaveLength(35);
    const result = parseBaseMessage(baseMessage({ ...LI_YAN, address }));
    expect(result.ok && result.card.address).toBe(address);
  });

  it('reads a 长期 card as having no end date', () => {
    const result = parseBaseMessage(baseMessage({ ...LI_YAN, validFrom: '20121008', validTo: '长期' }));
    expect(result.ok && result.card.validTo).toBeNull();
  });

  it('reads an expired card as it is (the validity check is separate)', () => {
    const result = parseBaseMessage(baseMessage({ ...LI_YAN, validFrom: '20050401', validTo: '20250401' }));
    expect(result.ok && result.card.validTo).toBe('2025-04-01');
  });

  it('names women and the GB/T 3304 groups of Sichuan and Chongqing', () => {
    const tujia = parseBaseMessage(baseMessage({ ...LI_YAN, sex: '2', ethnicity: '15' }));
    expect(tujia.ok && [tujia.card.sex, tujia.card.ethnicity]).toEqual(['女', '土家族']);
    const qiang = parseBaseMessage(baseMessage({ ...LI_YAN, ethnicity: '33' }));
    expect(qiang.ok && qiang.card.ethnicity).toBe('羌族');
    const yi = parseBaseMessage(baseMessage({ ...LI_YAN, ethnicity: '07' }));
    expect(yi.ok && yi.card.ethnicity).toBe('彝族');
  });

  it('upper-cases an x check character', () => {
    const result = parseBaseMessage(baseMessage({ ...LI_YAN, idNumber: '51010419900307999x' }));
    expect(result.ok && result.card.idNumber).toBe('51010419900307999X');
  });

  it.each([0, 255, 257, 1024])('refuses a message of %i bytes', (length) => {
    expect(parseBaseMessage(new Uint8Array(length))).toEqual({
      ok: false,
      error: { kind: 'bad-length', message: `身份证文字信息应为256字节，读到${length}字节` },
    });
  });

  it('refuses a foreign permanent resident card marked I at byte 248 (unit 14 of the reserve)', () => {
    const result = parseBaseMessage(baseMessage({ ...LI_YAN, reserve: `${' '.repeat(14)}I` }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'other-card-type' } });
    expect(!result.ok && result.error.message).toContain('外国人永久居留身份证');
  });

  it.each([
    ['sexCode', { sex: '5' }, '性别代码无法识别：5'],
    ['ethnicityCode', { ethnicity: '77' }, '民族代码无法识别：77'],
    ['birthDate', { birth: '19900231' }, '出生日期无法识别：19900231'],
    ['validFrom', { validFrom: '2016051' }, '有效期起始日期无法识别：2016051'],
    ['validTo', { validTo: '永久' }, '有效期截止日期无法识别：永久'],
    ['idNumber', { idNumber: '51010419900307' }, '身份证字段“公民身份号码”无法识别'],
    ['name', { name: '' }, '身份证字段“姓名”无法识别'],
  ] as const)('refuses a bad %s with a typed error', (field, change, message) => {
    expect(parseBaseMessage(baseMessage({ ...LI_YAN, ...change }))).toEqual({ ok: false, error: { kind: 'bad-field', field, message } });
  });

  it('treats NUL padding like spaces', () => {
    const bytes = baseMessage(LI_YAN);
    bytes.fill(0, 4, 30); // after 李䶮 (2 units), the rest of the name field as NULs
    const result = parseBaseMessage(bytes);
    expect(result.ok && result.card.name).toBe('李䶮');
  });
});
