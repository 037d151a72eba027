/**
 * 法人 applicants. For a matter whose applicant is a unit (matter.applicantType '法人') the
 * case carries the 申请单位 — name, 统一社会信用代码 (GB 32100), 法定代表人 — and the person
 * at the window, the 经办人, is the case's applicant block (name, 公民身份号码, mobile). The
 * 经办人 either is the 法定代表人 or acts on the unit's 授权委托书 (`handlerAuthorised`).
 *
 * The unit is entered in the matter's own fields, which every 法人 matter of the catalog
 * names alike (UNIT_FIELD_KEYS; matter.ts checks it), and copied into this typed block when
 * the case opens, so receipts, lists, search and reports read one shape.
 */
import { z } from 'zod';
import type { DetailsValues } from './detail-values';
import { parseUscc } from '../validators/uscc';

/** The keys of the 法人 matters' unit fields in seeds/matters.json. */
export const UNIT_FIELD_KEYS = { name: 'unitName', uscc: 'uscc', legalRepresentative: 'legalRep' } as const;

/** A valid, already normalised code: events must parse to themselves (their hash covers them). */
export const usccSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseUscc(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  else if (parsed.value !== value) ctx.addIssue({ code: 'custom', message: '统一社会信用代码应为大写，且不含空格' });
});

export const applicantUnitSchema = z.object({
  name: z.string().trim().min(2, { message: '请填写申请单位名称' }).max(100, { message: '申请单位名称不超过100字' }),
  uscc: usccSchema,
  legalRepresentative: z.string().trim().min(2, { message: '请填写法定代表人（负责人）' }).max(40, { message: '法定代表人不超过40字' }),
  /** true: the 经办人 acts on the unit's 授权委托书; false: the 经办人 is the 法定代表人 in person. */
  handlerAuthorised: z.boolean(),
});
export type ApplicantUnit = z.infer<typeof applicantUnitSchema>;

export type ApplicantType = '个人' | '法人';

/**
 * The unit of a 法人 matter's application, from its checked details; undefined for a personal
 * matter or when a unit field is missing (the details schema reports that to the clerk).
 */
export function applicantUnitOf(
  applicantType: ApplicantType | undefined,
  details: DetailsValues | undefined,
  handlerAuthorised: boolean,
): ApplicantUnit | undefined {
  if (applicantType !== '法人' || !details) return undefined;
  const text = (key: string) => {
    const value = details[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const name = text(UNIT_FIELD_KEYS.name);
  const uscc = text(UNIT_FIELD_KEYS.uscc);
  const legalRepresentative = text(UNIT_FIELD_KEYS.legalRepresentative);
  if (!name || !uscc || !legalRepresentative) return undefined;
  return { name, uscc, legalRepresentative, handlerAuthorised };
}
