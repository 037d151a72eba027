/**
 * Formatting that official documents need beyond format.ts: the date under a seal (成文日期)
 * and masking. GB/T 9704-2012 (7.3.5.3) writes the 成文日期 in Arabic numerals with the year in
 * full and month and day unpadded ("2026年3月18日"), like every other date printed here; the
 * Chinese-numeral form belonged to the 1999 edition.
 */
import { maskIdNumber } from '../../domain/validators/id-number';
import { formatChinaDate } from '../layout/format';
import type { DocumentApplicant } from './official-data';

/** "2026-03-18" -> "2026年3月18日". The input is a China calendar day. */
export function formatSealDate(isoDate: string): string {
  return formatChinaDate(isoDate);
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

/**
 * The applicant's identifying number as a document prints it: a person's 公民身份号码 masked,
 * a unit's 统一社会信用代码 in full (it is public, and the handling side matches on it).
 */
export function applicantIdField(applicant: DocumentApplicant): { label: string; value: string } {
  if (applicant.organisation) return { label: '统一社会信用代码', value: applicant.idNumber ?? '—' };
  return { label: '证件号码', value: applicant.idNumber ? maskIdNumber(applicant.idNumber) : '—' };
}
