/**
 * Chinese formatting for printed documents. Documents always show China time (UTC+8, no
 * DST), whatever time zone the workstation or the hub runs in.
 */
import type { TimeLimit } from '../domain/matter';

const CHINA_OFFSET_MS = 8 * 3600_000;

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** The instant shifted so its UTC fields read as China wall-clock time. */
function chinaWallClock(isoInstant: string): Date {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new RangeError(`时间格式无效：${isoInstant}`);
  return new Date(ms + CHINA_OFFSET_MS);
}

/** "2025-03-18T01:05:12Z" -> "2025年03月18日" (the China calendar day of an instant). */
export function formatChinaDay(isoInstant: string): string {
  const china = chinaWallClock(isoInstant);
  return `${china.getUTCFullYear()}年${pad2(china.getUTCMonth() + 1)}月${pad2(china.getUTCDate())}日`;
}

/** "2025-03-18T01:05:12Z" -> "2025年03月18日 09:05" (China time). */
export function formatChinaDateTime(isoInstant: string): string {
  const china = chinaWallClock(isoInstant);
  return `${formatChinaDay(isoInstant)} ${pad2(china.getUTCHours())}:${pad2(china.getUTCMinutes())}`;
}

/**
 * "2025-03-21" -> "2025年03月21日". The input is already a China-local calendar date
 * (promised dates are computed in China time), so no time-zone shift happens here.
 */
export function formatChinaDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`日期格式无效：${isoDate}`);
  return `${match[1]}年${match[2]}月${match[3]}日`;
}

/** { amount: 3, unit: 'working-days' } -> "3个工作日"; immediate -> "即办"; 60 calendar days -> "60日". */
export function formatTimeLimit(limit: TimeLimit): string {
  switch (limit.unit) {
    case 'immediate':
      return '即办';
    case 'working-days':
      return `${limit.amount}个工作日`;
    case 'calendar-days':
      return `${limit.amount}日`;
  }
}
