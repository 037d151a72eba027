/**
 * A 川渝通办 matter (事项) as the catalog in seeds/ records it. The catalog is data; this
 * schema is the contract every consumer (forms, receipts, hub routing) relies on.
 *
 * Sourcing: a 法定时限 exists only where a statute sets one, and then always carries its
 * `basis` (printed as 法定 only then); without one only the 承诺时限 is printed. 承诺时限 and
 * the transfer legs of forwarding modes are local configuration chosen by the halls. Facts
 * read from a public source list it in `sources`; facts held without a stored source are
 * named in `unconfirmed`, so nobody mistakes them for checked ones.
 */
import { z } from 'zod';
import { MATERIAL_FORMS } from './material-forms';
import { fieldListSchema, type FieldSpec } from './form-fields';
import { ACTION_CATEGORY_NAMES, categoryOfActionItem } from './action-items';
import { CERTIFICATE_TEMPLATES } from './certificate-templates';
import { timeLimitSchema } from '../calendar/time-limit';
import { MATTER_TYPES } from './matter-classification';
import { provinceCodesSchema } from './matter-codes';
import { DECIDING_LEVELS } from './reconsideration';
import { UNIT_FIELD_KEYS } from './applicant-unit';

export const HANDLING_MODES = ['全程网办', '异地代收代办', '两地联办', '线下一地办'] as const;
export type HandlingMode = (typeof HANDLING_MODES)[number];

/** A statutory limit: printed as 法定 only with the provision that sets it. */
export const legalLimitSchema = timeLimitSchema.extend({
  basis: z.string().min(4, { message: '法定时限应写明设定它的法律条文' }),
});

/** One leg of a forwarding mode (转送 to the deciding office, 回传 of the result): working days, at least one. */
const travelLegSchema = z.object({
  amount: z.number().int().min(1, { message: '转送、回传时限至少1个工作日：办件需要在两地之间流转' }),
  unit: z.literal('working-days', { message: '转送、回传时限以工作日计' }),
  basis: z.string().min(2).optional(),
});

const forwardingLegsSchema = z.object({ transfer: travelLegSchema, return: travelLegSchema });

/** A fact's public source: which fact, and the address (or document) it was read from. */
export const factSourceSchema = z.object({
  fact: z.string().min(2),
  source: z.string().min(4),
});

/** Facts of an entry held without a stored public source (background knowledge or earlier seed). */
export const UNCONFIRMABLE_FACTS = ['matterType', 'legalBasis', 'legalLimit', 'departments', 'fees', 'deciding'] as const;

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

/** One charge. `amountYuan: null` means 按标准收取 (the amount depends on the case). */
export const feeItemSchema = z.object({
  name: z.string().min(2),
  amountYuan: z.number().min(0).nullable(),
  basis: z.string().min(2).optional(),
});

/** Fees of a matter; no items = 不收费. */
export const feesSchema = z.object({
  items: z.array(feeItemSchema),
  exemptions: z.string().min(2).optional(),
});
export type Fees = z.infer<typeof feesSchema>;

export const RETENTION_PERIODS = ['永久', '30年', '10年'] as const;

/** The material a clerk collects when an agent (代理人) applies. */
export const POWER_OF_ATTORNEY_CODE = 'POWER-OF-ATTORNEY';

export const matterSchema = z
  .object({
    code: z.string().regex(/^CY-\d{2}-\d{3}$/, { message: '事项编码格式应为 CY-项号-序号' }),
    name: z.string().min(2),
    category: z.enum(ACTION_CATEGORY_NAMES, { message: '事项类别应为行动事项的十类之一' }),
    actionItem: z.number().int().min(1).max(39),
    /** 责任单位 as the action item names them. */
    responsibleUnits: z.string().min(2),
    /** 川渝通办 batch or other source note, e.g. "第一批" or "全国跨省通办". */
    batch: z.string().min(2).optional(),
    sourceNote: z.string().min(2).optional(),
    applicantType: z.enum(['个人', '法人']),
    modes: z.array(z.enum(HANDLING_MODES)).min(1),
    departments: z.object({ '51': z.string().min(2), '50': z.string().min(2) }),
    /** 事项类型 of the national catalog: decides which law the notices cite. */
    matterType: z.enum(MATTER_TYPES, { message: '事项类型应为国家事项目录的类型之一' }),
    /** 设定依据: the law or regulation that sets the matter, titles in 《》. */
    legalBasis: z.string().regex(/《.+》/, { message: '设定依据应写明法律法规名称（书名号）' }),
    /** Who decides, by level: gives the 复议机关 printed on a denial (reconsideration.ts). */
    deciding: z.object({ '51': z.enum(DECIDING_LEVELS), '50': z.enum(DECIDING_LEVELS) }),
    /** 基本编码 / 实施编码 per province, or why they could not be confirmed. */
    codes: z.object({ '51': provinceCodesSchema, '50': provinceCodesSchema }),
    /** Absent where no statute sets a limit: then only the promise is printed. */
    legalLimit: legalLimitSchema.optional(),
    /** The decision leg the window promises (the whole promise in a mode that does not forward). */
    promisedLimit: timeLimitSchema,
    /** Transfer and return legs, for each forwarding mode the matter offers (matter-limits.ts). */
    forwarding: z.object({ 异地代收代办: forwardingLegsSchema.optional(), 两地联办: forwardingLegsSchema.optional() }).optional(),
    sources: z.array(factSourceSchema).default([]),
    unconfirmed: z.array(z.enum(UNCONFIRMABLE_FACTS)).default([]),
    kind: z.enum(['即办件', '承诺件']),
    fees: feesSchema,
    /** Whether a 代理人 may apply (the form offers an agent block; 委托书 is collected). */
    agentAllowed: z.boolean(),
    /** The matter's own form fields (applicant name/ID/mobile are common, see application.ts). */
    fields: fieldListSchema,
    materials: z.array(materialSpecSchema).min(1),
    resultDocuments: z.array(z.string().min(2)).min(1),
    /** The certificate (证明) the handling window prints itself once the result is issued; absent: none. */
    certificateTemplate: z.enum(CERTIFICATE_TEMPLATES).optional(),
    retention: z.enum(RETENTION_PERIODS),
  })
  .superRefine((matter, ctx) => {
    const expected = categoryOfActionItem(matter.actionItem);
    if (expected !== matter.category) {
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: `${matter.code}：第${matter.actionItem}项属“${expected}”类，不是“${matter.category}”`,
      });
    }
    if (matter.code.slice(3, 5) !== String(matter.actionItem).padStart(2, '0')) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `${matter.code}：编码中的项号应为${String(matter.actionItem).padStart(2, '0')}`,
      });
    }
    const materialCodes = new Set<string>();
    for (const [index, material] of matter.materials.entries()) {
      if (materialCodes.has(material.code)) {
        ctx.addIssue({ code: 'custom', path: ['materials', index, 'code'], message: `${matter.code}：材料编码重复：${material.code}` });
      }
      materialCodes.add(material.code);
      if (!material.required && !material.condition) {
        ctx.addIssue({
          code: 'custom',
          path: ['materials', index, 'condition'],
          message: `${matter.code}：非必要材料“${material.name}”应写明提交条件`,
        });
      }
    }
    if (matter.agentAllowed && !materialCodes.has(POWER_OF_ATTORNEY_CODE)) {
      ctx.addIssue({
        code: 'custom',
        path: ['materials'],
        message: `${matter.code}：允许代理的事项应列出授权委托书（${POWER_OF_ATTORNEY_CODE}）`,
      });
    }
    if (matter.kind === '即办件' && matter.promisedLimit.unit !== 'immediate') {
      ctx.addIssue({ code: 'custom', path: ['promisedLimit'], message: `${matter.code}：即办件的承诺时限应为即办` });
    }
    if (matter.kind === '承诺件' && matter.promisedLimit.unit === 'immediate') {
      ctx.addIssue({ code: 'custom', path: ['promisedLimit'], message: `${matter.code}：承诺件应有承诺办结时限` });
    }
    if (
      matter.legalLimit &&
      matter.legalLimit.unit === matter.promisedLimit.unit &&
      matter.promisedLimit.amount > matter.legalLimit.amount
    ) {
      ctx.addIssue({ code: 'custom', path: ['promisedLimit'], message: `${matter.code}：承诺时限不应长于法定时限` });
    }
    for (const mode of matter.modes) {
      if ((mode === '异地代收代办' || mode === '两地联办') && !matter.forwarding?.[mode]) {
        ctx.addIssue({
          code: 'custom',
          path: ['forwarding'],
          message: `${matter.code}：“${mode}”需要在两地之间转送，应设定转送、回传时限，不能按即办或只按办理时限承诺`,
        });
      }
    }
    if (matter.applicantType === '法人' && !matter.fields.some((field) => field.kind === 'uscc')) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: `${matter.code}：法人事项应有统一社会信用代码字段` });
    }
    if (matter.applicantType === '法人') {
      // The case's 申请单位 is read from these fields (applicant-unit.ts).
      const expected = [
        [UNIT_FIELD_KEYS.name, 'text'],
        [UNIT_FIELD_KEYS.uscc, 'uscc'],
        [UNIT_FIELD_KEYS.legalRepresentative, 'text'],
      ] as const;
      for (const [key, kind] of expected) {
        const field = matter.fields.find((candidate) => candidate.key === key);
        if (field?.kind !== kind || !field.required || field.showWhen) {
          ctx.addIssue({ code: 'custom', path: ['fields'], message: `${matter.code}：法人事项应有必填的“${key}”字段（${kind}）` });
        }
      }
    }
    // showWhen.equals must be one of the referenced select's options (or a boolean for a checkbox).
    const checkShowWhen = (fields: readonly FieldSpec[], path: (string | number)[]) => {
      const byKey = new Map(fields.map((field) => [field.key, field]));
      for (const [index, field] of fields.entries()) {
        const when = field.showWhen;
        const target = when ? byKey.get(when.field) : undefined;
        if (when && !target && path.length > 1) {
          ctx.addIssue({ code: 'custom', path: [...path, index, 'showWhen'], message: `${matter.code}：条件字段不存在：${when.field}` });
        }
        if (when && target && when.equals !== undefined) {
          const fits =
            target.kind === 'select'
              ? typeof when.equals === 'string' && target.options.includes(when.equals)
              : target.kind === 'checkbox'
                ? typeof when.equals === 'boolean'
                : typeof when.equals === 'string';
          if (!fits) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, index, 'showWhen'],
              message: `${matter.code}：条件“${when.field} = ${String(when.equals)}”不是该字段的可选值`,
            });
          }
        }
        if (field.kind === 'select' && new Set(field.options).size !== field.options.length) {
          ctx.addIssue({ code: 'custom', path: [...path, index, 'options'], message: `${matter.code}：字段“${field.label}”的选项重复` });
        }
        if (field.kind === 'group') checkShowWhen(field.fields, [...path, index, 'fields']);
      }
    };
    checkShowWhen(matter.fields, ['fields']);
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

/** The first readable problem of a catalog that failed to parse, e.g. for a start-up error. */
export function describeCatalogError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '（目录）'}：${issue.message}`)
    .join('；');
}

export { MATERIAL_FORM_LABELS } from './material-forms';
