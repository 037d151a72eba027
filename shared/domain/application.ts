/**
 * What a clerk captures for a case at intake. One schema serves the form (react-hook-form
 * resolver), the event payload and the hub, so the three cannot disagree.
 */
import { z } from 'zod';
import { parseIdNumber } from './id-number';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from './mobile';
import { HANDLING_MODES } from './matter';

export const idNumberSchema = z.string().transform((raw, ctx) => {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }
  return parsed.value;
});

export const applicantSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, { message: '请填写申请人姓名（至少2个字）' })
    .max(40, { message: '申请人姓名不超过40字' }),
  idNumber: idNumberSchema,
  mobile: z.string().trim().regex(MOBILE_PATTERN, { message: MOBILE_MESSAGE }),
});
export type Applicant = z.infer<typeof applicantSchema>;

export const receivedMaterialSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  form: z.enum(['original', 'copy', 'original-and-copy']),
  copies: z.number().int().min(1).max(99),
});
export type ReceivedMaterial = z.infer<typeof receivedMaterialSchema>;

/** The intake form's values, as the draft stores them and the accept action checks them. */
export const intakeSchema = z.object({
  matterCode: z.string().min(1, { message: '请选择办理事项' }),
  mode: z.enum(HANDLING_MODES, { message: '请选择办理模式' }),
  handlingDivision: z.string().regex(/^\d{6}$/, { message: '请选择办理地' }),
  applicant: applicantSchema,
  materialCodes: z.array(z.string()).default([]),
});
export type IntakeValues = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema>;
