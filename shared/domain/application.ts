/**
 * What a clerk captures for a case at intake. One schema serves the form (react-hook-form
 * resolver), the event payload and the hub, so the three cannot disagree.
 */
import { z } from 'zod';
import { parseIdNumber } from './id-number';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from './mobile';
import { HANDLING_MODES, type Matter } from './matter';
import { MATERIAL_FORMS } from './material-forms';

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
  form: z.enum(MATERIAL_FORMS),
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

/**
 * The intake schema for one matter: the mode must be one the matter offers, the handling
 * place must be in a 川渝 province, and every unconditionally required material must be
 * received before 受理 (otherwise the clerk issues 一次性告知 instead).
 */
export function intakeSchemaFor(matter: Matter) {
  return intakeSchema.superRefine((intake, ctx) => {
    if (!matter.modes.includes(intake.mode)) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: `该事项不支持“${intake.mode}”` });
    }
    if (!/^5[01]/.test(intake.handlingDivision)) {
      ctx.addIssue({ code: 'custom', path: ['handlingDivision'], message: '办理地应在四川省或重庆市' });
    }
    const missing = matter.materials.filter((material) => material.required && !intake.materialCodes.includes(material.code));
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['materialCodes'],
        message: `以下必要材料未收取：${missing.map((material) => material.name).join('、')}`,
      });
    }
  });
}
