import { describe, expect, it } from 'vitest';
import { idCheckCharacter, maskIdNumber, parseIdNumber } from '../../shared/domain/validators/id-number';

const TODAY = new Date('2026-11-29T00:00:00Z');

describe('公民身份号码 (GB 11643)', () => {
  it('accepts the standard’s own examples and derives birth date and gender', () => {
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
    });
    expect(parseIdNumber('440524188001010014', TODAY)).toEqual({
      ok: true,
      value: '440524188001010014',
      birthDate: '1880-01-01',
      gender: 'male',
    });
  });

  it('normalises a lowercase x', () => {
    const result = parseIdNumber('11010519491231002x', TODAY);
    expect(result.ok && result.value).toBe('11010519491231002X');
  });

  it('rejects a wrong check digit with a Chinese message', () => {
    expect(parseIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, message: '公民身份号码校验位不正确，请核对' });
  });

  it('rejects impossible and future birth dates', () => {
    const feb30 = '51010419900230' + '001';
    expect(parseIdNumber(feb30 + idCheckCharacter(feb30), TODAY)).toMatchObject({
      ok: false,
      message: expect.stringContaining('出生日期无效'),
    });
    const future = '51010420301201' + '001';
    expect(parseIdNumber(future + idCheckCharacter(future), TODAY)).toMatchObject({
      ok: false,
      message: expect.stringContaining('晚于今天'),
    });
  });

  it('rejects wrong length and letters outside the last position', () => {
    expect(parseIdNumber('1101051949123100', TODAY).ok).toBe(false);
    expect(parseIdNumber('1101051949X231002X', TODAY).ok).toBe(false);
  });

  it('accepts an address code that is no longer in GB/T 2260 (the number never changes)', () => {
    const oldChongqing = '51022119800101' + '002'; // 长寿县 under Sichuan, before 1997
    expect(parseIdNumber(oldChongqing + idCheckCharacter(oldChongqing), TODAY).ok).toBe(true);
  });

  it('masks the middle for printing', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
