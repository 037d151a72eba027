/** Money in yuan as typed: up to two decimals, normalised to two ("12.5" -> "12.50"). */
import type { ValidationResult } from './validation-result';

export function parseAmount(raw: string, max = 100_000_000): ValidationResult {
  // Thousands separators are how amounts are printed on the forms clerks copy from.
  const value = raw.trim().replace(/[,，]/g, '');
  const match = /^(0|[1-9]\d{0,11})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return { ok: false, message: '金额应为数字（元），最多两位小数' };
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (cents > max * 100) return { ok: false, message: `金额不超过${max.toLocaleString('zh-CN')}元` };
  return { ok: true, value: `${match[1]}.${(match[2] ?? '').padEnd(2, '0')}` };
}
