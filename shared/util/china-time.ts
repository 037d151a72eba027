/**
 * China time (UTC+8, no DST) for dates and times people read: due dates count China
 * calendar days and documents print China wall-clock time, whatever zone the workstation or
 * the hub runs in. The one place that knows the offset.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** The instant shifted so its UTC fields read as China wall-clock time. */
export function chinaWallClock(isoInstant: string): Date {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new RangeError(`时间格式无效：${isoInstant}`);
  return new Date(ms + CHINA_OFFSET_MS);
}

/** The instant a China calendar day (YYYY-MM-DD) begins, in epoch milliseconds. */
export function chinaDayStartMs(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(ms)) throw new RangeError(`日期格式无效：${isoDate}`);
  return ms - CHINA_OFFSET_MS;
}

/** The instant a China calendar day (YYYY-MM-DD) begins, as an ISO instant (UTC). */
export function chinaDayStart(isoDate: string): string {
  return new Date(chinaDayStartMs(isoDate)).toISOString();
}

/** The China calendar day of an instant, as YYYY-MM-DD. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * "2025-03-18T01:05:12Z" -> "2025年3月18日" (the China calendar day of an instant), in the
 * GB/T 9704-2012 style every printed date follows: Arabic numerals, month and day unpadded.
 */
export function formatChinaDay(isoInstant: string): string {
  const china = chinaWallClock(isoInstant);
  return `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日`;
}

/** "2025-03-18T01:05:12Z" -> "2025年3月18日 09:05" (China time; the clock keeps two digits). */
export function formatChinaDateTime(isoInstant: string): string {
  const china = chinaWallClock(isoInstant);
  return `${formatChinaDay(isoInstant)} ${pad2(china.getUTCHours())}:${pad2(china.getUTCMinutes())}`;
}
