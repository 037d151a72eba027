/**
 * A 川渝通办 matter (事项) as the catalog in seeds/ records it. The catalog is data; this
 * schema is the contract every consumer (forms, receipts, hub routing) relies on.
 */
import { z } from 'zod';
import { MATERIAL_FORMS } from './material-forms';

export const HANDLING_MODES = ['全程网办', '异地代收代办', '两地联办', '线下一地办'] as const;
export type HandlingMode = (typeof HANDLING_MODES)[number];

export const timeLimitSchema = z.object({
  amount: z.number().int().min(0),
  unit: z.enum(['working-days', 'calendar-days', 'immediate']),
});
export type TimeLimit = z.infer<typeof timeLimitSchema>;

export const materialSpecSchema = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  name: z.string().min(2),
  required: z.boolean(),
  /** When the material is only needed in some cases, the condition in words. */
  condition: z.string().optional(),
  form: z.enum(MATERIAL_FORMS),
  copies: z.number().int().min(1),
  waivableByDataSharing: z.boolean().default(false),
});
export type MaterialSpec = z.infer<typeof materialSpecSchema>;

export const matterSchema = z.object({
  code: z.string().regex(/^CY-\d{2}-\d{3}$/, { message: '事项编码格式应为 CY-项号-序号' }),
  name: z.string().min(2),
  category: z.string().min(2),
  actionItem: z.number().int().min(1).max(39),
  applicantType: z.enum(['个人', '法人']),
  modes: z.array(z.enum(HANDLING_MODES)).min(1),
  departments: z.object({ '51': z.string().min(2), '50': z.string().min(2) }),
  legalLimit: timeLimitSchema,
  promisedLimit: timeLimitSchema,
  kind: z.enum(['即办件', '承诺件']),
  fee: z.string().min(1),
  materials: z.array(materialSpecSchema).min(1),
  resultDocuments: z.array(z.string()).min(1),
  retention: z.enum(['永久', '30年', '10年']),
});
export type Matter = z.infer<typeof matterSchema>;

export const matterCatalogSchema = z.array(matterSchema).superRefine((matters, ctx) => {
  const seen = new Set<string>();
  for (const [index, matter] of matters.entries()) {
    if (seen.has(matter.code)) {
      ctx.addIssue({ code: 'custom', message: `事项编码重复：${matter.code}`, path: [index, 'code'] });
    }
    seen.add(matter.code);
  }
});

export { MATERIAL_FORM_LABELS } from './material-forms';
