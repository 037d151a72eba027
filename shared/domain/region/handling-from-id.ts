/**
 * The handling place an applicant's ID number suggests. The first six digits of a 公民身份号码
 * are the county where the number was issued, which for most people is their 户籍地 — the
 * place a personal matter is handled. It is only a default: the clerk confirms or changes it,
 * and a county no longer in the division table (renamed or merged) suggests nothing.
 */
import { parseIdNumber } from '../validators/id-number';

export interface HandlingDefaultInput {
  idNumber: string;
  /** 个人 matters follow the applicant's 户籍地; a 法人 matter's applicant block is its 经办人. */
  applicantType: '个人' | '法人';
  /** The counties this window may route to (the other province's county-level places). */
  handlingCounties: ReadonlySet<string>;
}

export function handlingCountyFromIdNumber({ idNumber, applicantType, handlingCounties }: HandlingDefaultInput): string | undefined {
  if (applicantType !== '个人') return undefined;
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) return undefined;
  const region = parsed.value.slice(0, 6);
  return handlingCounties.has(region) ? region : undefined;
}
