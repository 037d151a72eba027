import { describe, expect, it } from 'vitest';
import { idCheckCharacter, parseIdNumber } from '../../../shared/domain/validators/id-number';
import { chinaDate, chinaDayStart, chinaDayStartMs } from '../../../shared/util/china-time';

describe('China calendar days (UTC+8, whatever zone the machine runs in)', () => {
  it('starts a China day at 16:00 UTC of the day before', () => {
    expect(chinaDayStart('2026-12-07')).toBe('2026-12-06T16:00:00.000Z');
    expect(chinaDayStartMs('2026-12-07')).toBe(Date.parse('2026-12-06T16:00:00Z'));
  });

  it('round-trips: the day an instant falls on starts at or before it', () => {
    const instant = new Date('2026-12-06T16:30:00Z');
    expect(chinaDate(instant)).toBe('2026-12-07');
    expect(chinaDayStartMs(chinaDate(instant))).toBeLessThanOrEqual(instant.getTime());
  });

  it('refuses a text that is not a calendar date', () => {
    expect(() => chinaDayStart('2026-12-7')).toThrow('日期格式无效');
  });

  it('judges "born after today" by the China day, not the UTC one', () => {
    // 2026-12-06T17:00Z is already 12-07 in China: a child born on 12-07 is not in the future.
    const bornToday = '11010520261207001';
    const idNumber = `${bornToday}${idCheckCharacter(bornToday)}`;
    expect(parseIdNumber(idNumber, new Date('2026-12-06T17:00:00Z')).ok).toBe(true);
    expect(parseIdNumber(idNumber, new Date('2026-12-06T15:00:00Z'))).toMatchObject({
      ok: false,
      message: '公民身份号码中的出生日期晚于今天',
    });
  });
});
