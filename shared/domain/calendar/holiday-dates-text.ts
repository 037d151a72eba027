/**
 * Reads the dates a clerk types (or pastes) from the State Council notice into a list of ISO
 * dates, so a year's schedule takes a minute to enter. Accepted, separated by line breaks, 、
 * ，；。or commas:
 *   2027-02-05            2027年2月5日            2月5日 (the year being entered)
 *   2027-02-05 至 2027-02-11     2月5日至11日     2月5日~2月11日
 * A label before a colon ("春节："), notes in brackets ("（星期六）"), a trailing 放假/上班/调休
 * and "共7天" are skipped, so a line of the notice can be pasted as is. Anything else is an
 * error, never silently dropped: a missed holiday would shift due dates.
 */
import { addCalendarDays } from './working-days';

export interface ParsedDates {
  /** Ascending, each date once. */
  dates: string[];
  /** One Chinese message per piece that is not a date or range. */
  errors: string[];
}

const MAX_RANGE_DAYS = 31;
const RANGE_SEPARATOR = /\s*(?:至|到|~|～|—|–)\s*/;

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** One date; `context` supplies the year (and, for a range's end like "11日", the month). */
function parseDate(text: string, context: { year: number; month?: number }): string | undefined {
  const full = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const monthDay = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/.exec(text);
  if (monthDay) return isoDate(context.year, Number(monthDay[1]), Number(monthDay[2]));
  const dayOnly = /^(\d{1,2})\s*日$/.exec(text);
  if (dayOnly && context.month !== undefined) return isoDate(context.year, context.month, Number(dayOnly[1]));
  return undefined;
}

function cleanPiece(piece: string): string {
  const afterLabel = piece.split(/[:：]/).pop() ?? piece;
  return afterLabel
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/(放假调休|放假|调休|上班|休息)$/, '')
    .trim();
}

function parsePiece(piece: string, year: number): { dates: string[] } | { error: string } {
  const parts = piece.split(RANGE_SEPARATOR);
  const [startText, endText, ...rest] = parts;
  const start = startText === undefined ? undefined : parseDate(startText, { year });
  if (!start || rest.length > 0) return { error: `无法识别“${piece}”` };
  if (endText === undefined) return { dates: [start] };
  const end = parseDate(endText, { year: Number(start.slice(0, 4)), month: Number(start.slice(5, 7)) });
  if (!end) return { error: `无法识别“${piece}”` };
  if (end < start) return { error: `“${piece}”的结束日期早于开始日期` };
  const dates: string[] = [];
  for (let date = start; date <= end; date = addCalendarDays(date, 1)) {
    dates.push(date);
    if (dates.length > MAX_RANGE_DAYS) return { error: `“${piece}”超过${MAX_RANGE_DAYS}天，请检查` };
  }
  return { dates };
}

/** `year`: the year being entered, for dates written without one ("2月5日"). */
export function parseHolidayDatesText(text: string, year: number): ParsedDates {
  const dates = new Set<string>();
  const errors: string[] = [];
  for (const raw of text.split(/[\n\r,，、；;。]+/)) {
    const piece = cleanPiece(raw);
    if (piece === '' || /^共\s*\d+\s*天$/.test(piece)) continue;
    const parsed = parsePiece(piece, year);
    if ('error' in parsed) errors.push(parsed.error);
    else parsed.dates.forEach((date) => dates.add(date));
  }
  return { dates: [...dates].sort(), errors };
}

/** Dates written back the way a clerk reads them: runs of days as "2027-02-05 至 2027-02-11". */
export function formatHolidayDates(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  const runs: [string, string][] = [];
  for (const date of sorted) {
    const last = runs.at(-1);
    if (last && addCalendarDays(last[1], 1) === date) last[1] = date;
    else runs.push([date, date]);
  }
  return runs.map(([from, to]) => (from === to ? from : `${from} 至 ${to}`)).join('、');
}
