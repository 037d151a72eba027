import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../shared/domain/validators/amount';
import { parseLandline } from '../../../shared/domain/validators/landline';
import { parseMobile } from '../../../shared/domain/validators/mobile';

describe('固定电话', () => {
  it.each([
    ['028-86001234', '028-86001234'],
    ['023-6386 1234-801', '023-63861234-801'],
    ['(028)8600 1234', '028-86001234'],
    ['02886001234', '028-86001234'],
    ['08162345678', '0816-2345678'],
    ['0816-2345678转12', '0816-2345678-12'],
    ['010-12345678', '010-12345678'],
  ])('normalises %s to %s', (typed, normalised) => {
    expect(parseLandline(typed)).toEqual({ ok: true, value: normalised });
  });

  it.each(['86001234', '28-86001234', '028-123456', '028-123456789', '13800138000', '028-86001234-1234567'])(
    'refuses %s in Chinese',
    (typed) => {
      expect(parseLandline(typed)).toMatchObject({ ok: false, message: expect.stringContaining('固定电话应为') });
    },
  );
});

describe('手机号码', () => {
  it('accepts spaced numbers and refuses other prefixes', () => {
    expect(parseMobile('138 0013 8000')).toEqual({ ok: true, value: '13800138000' });
    expect(parseMobile('12800138000')).toEqual({ ok: false, message: '手机号码应为以1开头的11位数字' });
  });
});

describe('金额（元）', () => {
  it('normalises to two decimals', () => {
    expect(parseAmount('12.5')).toEqual({ ok: true, value: '12.50' });
    expect(parseAmount('1,200')).toEqual({ ok: true, value: '1200.00' });
    expect(parseAmount('0.05')).toEqual({ ok: true, value: '0.05' });
  });

  it('refuses three decimals, negatives, text and amounts above the maximum', () => {
    expect(parseAmount('1.234')).toMatchObject({ ok: false, message: '金额应为数字（元），最多两位小数' });
    expect(parseAmount('-5')).toMatchObject({ ok: false });
    expect(parseAmount('五元')).toMatchObject({ ok: false });
    expect(parseAmount('1000.01', 1000)).toEqual({ ok: false, message: '金额不超过1,000元' });
    expect(parseAmount('1000', 1000)).toEqual({ ok: true, value: '1000.00' });
  });
});
