/**
 * Chinese formatting for printed documents. Documents always show China time (UTC+8, no
 * DST), whatever time zone the workstation or the hub runs in.
 */
import type { TimeLimit } from '../../domain/calendar/time-limit';

export { formatChinaDateTime, formatChinaDay } from '../../util/china-time';

/**
 * "2025-03-21" -> "2025年3月21日" (GB/T 9704-2012: Arabic numerals, no padding). The input is
 * already a China-local calendar date (promised dates are computed in China time), so no
 * time-zone shift happens here.
 */
export function formatChinaDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`日期格式无效：${isoDate}`);
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/**
 * The decision leg of a promise; in a mode that forwards, a 即办 decision reads "办理地即办"
 * (the case still travels: the receipt's notes give the transfer and return legs).
 */
export function formatPromise(promised: TimeLimit, forwarding?: { transfer: TimeLimit; return: TimeLimit }): string {
  return forwarding && promised.unit === 'immediate' ? '办理地即办' : formatTimeLimit(promised);
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
