import { describe, expect, it } from 'vitest';
import { FIFTEEN_DIGIT_WARNING, idCheckCharacter, parseIdNumber, upgradeFifteenDigitId } from '../../../shared/domain/validators/id-number';

const TODAY = new Date('2026-11-29T00:00:00Z');

describe('公民身份号码: 15-digit numbers and unknown regions', () => {
  it('converts a 15-digit number by inserting 19 and computing the check character', () => {
    expect(upgradeFifteenDigitId('110105491231002')).toBe('11010519491231002X');
    expect(parseIdNumber('110105491231002', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
      warnings: [FIFTEEN_DIGIT_WARNING],
    });
    // A first-generation card has been invalid since 2013: the clerk is told, the number is still accepted.
    expect(FIFTEEN_DIGIT_WARNING).toContain('2013年1月1日');
  });

  it('refuses a 15-digit number with an impossible date', () => {
    expect(parseIdNumber('510104900230001', TODAY)).toMatchObject({ ok: false, message: expect.stringContaining('出生日期无效') });
  });

  it('accepts an unknown province prefix with a warning, never an error', () => {
    const first17 = '99010119800101001';
    expect(parseIdNumber(first17 + idCheckCharacter(first17), TODAY)).toMatchObject({
      ok: true,
      warnings: ['地址码未在现行区划中，请与证件核对'],
    });
  });

  it('gives no warnings for a real province, including pre-1997 Sichuan codes for Chongqing', () => {
    const first17 = '51022119800101002';
    expect(parseIdNumber(first17 + idCheckCharacter(first17), TODAY)).not.toHaveProperty('warnings');
  });
});
