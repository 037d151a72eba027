/**
 * Form fields of a matter, as data. The catalog (seeds/matters.json) lists each matter's
 * fields; the form engine renders them and builds the zod schema of the same list, so the
 * UI, the bridge and the hub check a matter's application with one set of rules.
 *
 * The applicant's name, 公民身份号码 and mobile are common to every matter and live in
 * shared/domain/matter/application.ts; these are the matter's own fields (intake.details).
 *
 * Adding a field kind? Also: its value schema in the form engine, its widget in the
 * renderer, its valid fixture, and a test of each.
 */
import { z } from 'zod';

export const FIELD_KINDS = [
  'text', // free text, maxLength
  'idNumber', // 公民身份号码 (GB 11643)
  'uscc', // 统一社会信用代码 (GB 32100)
  'mobile',
  'landline', // 区号-号码[-分机]
  'date', // ISO date; `past` forbids future dates
  'select', // one of `options`
  'region', // GB/T 2260 county code in Sichuan/Chongqing (`provinces` limits it)
  'address', // free text address, up to 120 characters
  'amount', // money in yuan, two decimals, `max`
  'checkbox', // yes/no
  'year', // a past 年度, "2025年度": one of the `yearsBack` years before this one (never hard-coded)
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Upper bounds a catalog may set; the stored values are capped by the same numbers (detail-values.ts). */
export const TEXT_FIELD_MAX_LENGTH = 500;
export const GROUP_MAX_ITEMS = 20;

const fieldKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/, { message: '字段键应为小驼峰英文' });

/** Show (and require) a field only when another field of the same level has a value. */
export const showWhenSchema = z.object({
  field: fieldKey,
  /** Shown when the other field equals this value; without it, when it is non-empty/true. */
  equals: z.union([z.string(), z.boolean()]).optional(),
});

const baseField = {
  key: fieldKey,
  label: z.string().min(2).max(30),
  required: z.boolean(),
  /** Short hint under the field, e.g. the standard a value must meet. */
  hint: z.string().max(60).optional(),
  showWhen: showWhenSchema.optional(),
};

export const scalarFieldSchema = z.discriminatedUnion('kind', [
  z.object({ ...baseField, kind: z.literal('text'), maxLength: z.number().int().min(1).max(TEXT_FIELD_MAX_LENGTH).default(50) }),
  z.object({ ...baseField, kind: z.literal('idNumber') }),
  z.object({ ...baseField, kind: z.literal('uscc') }),
  z.object({ ...baseField, kind: z.literal('mobile') }),
  z.object({ ...baseField, kind: z.literal('landline') }),
  z.object({
    ...baseField,
    kind: z.literal('date'),
    past: z.boolean().default(false),
    /** A 年月: picked as a month; the value stays an ISO date, that month's first day. */
    month: z.boolean().default(false),
  }),
  z.object({ ...baseField, kind: z.literal('select'), options: z.array(z.string().min(1)).min(2) }),
  z.object({
    ...baseField,
    kind: z.literal('region'),
    provinces: z
      .array(z.enum(['51', '50']))
      .min(1)
      .default(['51', '50']),
  }),
  z.object({ ...baseField, kind: z.literal('address') }),
  z.object({ ...baseField, kind: z.literal('amount'), max: z.number().positive().default(100_000_000) }),
  z.object({ ...baseField, kind: z.literal('checkbox') }),
  z.object({ ...baseField, kind: z.literal('year'), yearsBack: z.number().int().min(1).max(20).default(5) }),
]);

/** The 年度 a 'year' field offers as of `todayIso` (China date), latest first: "2025年度" … */
export function yearOptions(field: { yearsBack: number }, todayIso: string): string[] {
  const current = Number(todayIso.slice(0, 4));
  return Array.from({ length: field.yearsBack }, (_, index) => `${current - 1 - index}年度`);
}
export type ScalarField = z.infer<typeof scalarFieldSchema>;

/** A repeatable group: family members, co-applicants, vehicles… */
export const groupFieldSchema = z.object({
  ...baseField,
  kind: z.literal('group'),
  minItems: z.number().int().min(0).default(0),
  maxItems: z.number().int().min(1).max(GROUP_MAX_ITEMS).default(10),
  fields: z.array(scalarFieldSchema).min(1),
});
export type GroupField = z.infer<typeof groupFieldSchema>;

export const fieldSpecSchema = z.union([scalarFieldSchema, groupFieldSchema]);
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** A matter's field list: keys unique, and every showWhen names an earlier sibling. */
export const fieldListSchema = z.array(fieldSpecSchema).superRefine((fields, ctx) => {
  const seen = new Set<string>();
  for (const [index, field] of fields.entries()) {
    if (seen.has(field.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `字段键重复：${field.key}` });
    if (field.showWhen && !seen.has(field.showWhen.field)) {
      ctx.addIssue({ code: 'custom', path: [index, 'showWhen'], message: `条件字段应引用前面的字段：${field.showWhen.field}` });
    }
    seen.add(field.key);
  }
});
