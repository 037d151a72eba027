/**
 * Formatting that official documents need beyond format.ts: the date under a seal in
 * Chinese numerals (公文 style, GB/T 9704: "二〇二六年三月十八日"), and masking.
 */
const DIGITS = '〇一二三四五六七八九';

function numeralsOf(value: number): string {
  // 1-31 as 一 … 十 … 二十 … 三十一, the way dates are read.
  if (value < 10) return DIGITS.charAt(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens > 1 ? DIGITS.charAt(tens) : ''}十${ones ? DIGITS.charAt(ones) : ''}`;
}

/** "2026-03-18" -> "二〇二六年三月十八日". The input is a China calendar day. */
export function formatSealDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match?.[1] || !match[2] || !match[3]) throw new RangeError(`日期格式无效：${isoDate}`);
  const year = Array.from(match[1], (digit) => DIGITS.charAt(Number(digit))).join('');
  return `${year}年${numeralsOf(Number(match[2]))}月${numeralsOf(Number(match[3]))}日`;
}

/**
 * Lists that leave the window (the supervisor's report) show a name as its first character
 * and one * per remaining character, at most three so a long name neither wraps nor is
 * recognisable by its length: "张三" -> "张*", "阿卜杜·买买提" -> "阿***".
 */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  return `${chars[0] ?? ''}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

/** Whole days from one China calendar day to another (positive when `to` is later). */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / 86_400_000);
}
