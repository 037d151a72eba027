/**
 * Which enrollment code a workstation host may present to which province's hub. The embedded
 * pair generates one code per province; a single configured hub (HUB_URL) has one code for
 * both. A province without a code enrolls by ticket only.
 */
import { z } from 'zod';
import type { ProvinceCode } from '../domain/region/provinces';

export type EnrollmentCodes = Partial<Record<ProvinceCode, string>>;

const code = z.string().min(8);
export const enrollmentCodesSchema = z.strictObject({ '51': code.optional(), '50': code.optional() });

/** One code for both provinces (one hub serving both), or none. */
export function sameCodeForBoth(enrollmentCode: string | null | undefined): EnrollmentCodes {
  return enrollmentCode ? { '51': enrollmentCode, '50': enrollmentCode } : {};
}
