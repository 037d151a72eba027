/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence
 * (odd = male), and an ISO 7064 MOD 11-2 check character.
 *
 * The address code is where the person was first registered and never changes, so an
 * address code missing from today's GB/T 2260 list is not an error (see domain-facts §4.1):
 * an unknown province prefix only adds a warning. Old 15-digit numbers (2-digit year, no
 * check character) are converted to 18 digits.
 */
import { GB2260_PROVINCE_PREFIXES, UNKNOWN_REGION_WARNING } from './province-codes';
import { chinaDate } from '../../util/china-time';

/**
 * First-generation cards (the only ones with 15-digit numbers) have been invalid since
 * 2013-01-01 (居民身份证法 as amended; domain-facts §6): the number is still the person's, so it
 * is converted, but the clerk is told the card itself cannot serve as proof of identity.
 */
export const FIFTEEN_DIGIT_WARNING = '这是15位旧号码（第一代居民身份证自2013年1月1日起停止使用），已转换为18位，请核验申请人现行有效证件';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdNumberResult =
  { ok: true; value: string; birthDate: string; gender: 'male' | 'female'; warnings?: string[] } | { ok: false; message: string };

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A 15-digit number (issued before 1999, all born in the 1900s) as its 18-digit form. */
export function upgradeFifteenDigitId(fifteen: string): string {
  const first17 = `${fifteen.slice(0, 6)}19${fifteen.slice(6)}`;
  return first17 + idCheckCharacter(first17);
}

/**
 * Validates and normalises (upper-case X, 15 digits -> 18). `today` is injectable so tests
 * are stable.
 */
export function parseIdNumber(raw: string, today: Date = new Date()): IdNumberResult {
  const typed = raw.trim().toUpperCase();
  const fifteen = /^\d{15}$/.test(typed);
  const value = fifteen ? upgradeFifteenDigitId(typed) : typed;
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, message: '公民身份号码应为18位（或旧15位），前17位为数字，最后一位为数字或X' };
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  // 1800, not 1900: the standard's own example 440524188001010014 was born in 1880.
  if (year < 1800 || !isRealDate(year, month, day)) {
    return { ok: false, message: '公民身份号码中的出生日期无效' };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birthDate > chinaDate(today)) {
    return { ok: false, message: '公民身份号码中的出生日期晚于今天' };
  }
  if (idCheckCharacter(value.slice(0, 17)) !== value.charAt(17)) {
    return { ok: false, message: '公民身份号码校验位不正确，请核对' };
  }
  const gender = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  const warnings = [
    ...(fifteen ? [FIFTEEN_DIGIT_WARNING] : []),
    ...(GB2260_PROVINCE_PREFIXES.has(value.slice(0, 2)) ? [] : [UNKNOWN_REGION_WARNING]),
  ];
  return warnings.length > 0 ? { ok: true, value, birthDate, gender, warnings } : { ok: true, value, birthDate, gender };
}

/** Masks the middle of an ID number for printed documents: 510104********123X. */
export function maskIdNumber(value: string): string {
  return value.length < 10 ? value : `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}
