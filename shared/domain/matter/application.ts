/**
 * What a clerk captures for a case at intake. One schema serves the form (react-hook-form
 * resolver), the event payload and the hub, so the three cannot disagree.
 *
 * Beyond the common applicant block: `details` holds the matter's own fields (checked by
 * the form engine in shared/forms/ from matter.fields) and `agent` the 代理人 who applies
 * for the applicant where the matter allows it. For a 法人 matter the applicant block is the
 * 经办人 and the unit comes from the details (applicant-unit.ts); `handlerAuthorised` says the
 * 经办人 acts on a 授权委托书. `waivedCodes` are materials not handed in because the window
 * obtains them by data sharing (免提交), and `intakeNote` is the receiving clerk's note for
 * the handling side.
 */
import { z } from 'zod';
import { detailsValuesSchema } from './detail-values';
import { detailsSchemaFor, type DetailsSchemaOptions } from './details-schema';
import type { FieldSpec } from './form-fields';
import { parseIdNumber } from '../validators/id-number';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from '../validators/mobile-pattern';
import { HANDLING_MODES, type Matter, type MaterialSpec } from './matter';
import { MATERIAL_FORMS } from './material-forms';
import { SCAN_FILE_NAME_MAX, SCAN_MIME_TYPES } from './attachment-rules';
import type { ApplicantType } from './applicant-unit';

export const idNumberSchema = z.string().transform((raw, ctx) => {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }
  return parsed.value;
});

export const applicantSchema = z.object({
  name: z.string().trim().min(2, { message: '请填写申请人姓名（至少2个字）' }).max(40, { message: '申请人姓名不超过40字' }),
  idNumber: idNumberSchema,
  mobile: z.string().trim().regex(MOBILE_PATTERN, { message: MOBILE_MESSAGE }),
});

/** A 代理人 as the accepted event records them: same rules as the applicant. */
export const agentSchema = z.object({
  name: z.string().trim().min(2, { message: '请填写代理人姓名（至少2个字）' }).max(40, { message: '代理人姓名不超过40字' }),
  idNumber: idNumberSchema,
  mobile: z.string().trim().regex(MOBILE_PATTERN, { message: MOBILE_MESSAGE }),
});
export type Agent = z.infer<typeof agentSchema>;

/** The agent block as the form holds it: the 代理人代办 tick plus the (maybe blank) inputs. */
export const agentFormSchema = z.object({
  appointed: z.boolean(),
  name: z.string(),
  idNumber: z.string(),
  mobile: z.string(),
});
export type AgentForm = z.infer<typeof agentFormSchema>;
export const NO_AGENT: AgentForm = { appointed: false, name: '', idNumber: '', mobile: '' };

/**
 * A scan of a received material, named by its content: the handling side fetches it from
 * its hub by this SHA-256 and checks the bytes against it on arrival.
 */
export const scanReferenceSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: '扫描件哈希应为64位小写十六进制' }),
  fileName: z.string().min(1).max(SCAN_FILE_NAME_MAX),
  mimeType: z.enum(SCAN_MIME_TYPES),
  bytes: z.number().int().min(1),
});
export type ScanReference = z.infer<typeof scanReferenceSchema>;

export const receivedMaterialSchema = z.object({
  code: z.string().min(1).max(64, { message: '材料编码不超过64个字符' }),
  name: z.string().min(1).max(200, { message: '材料名称不超过200字' }),
  form: z.enum(MATERIAL_FORMS),
  copies: z.number().int().min(1).max(99),
  /** The scans taken of it (optional: cases before scans travelled, and materials without scans). */
  scans: z.array(scanReferenceSchema).optional(),
});
/** Far above any matter's checklist (9 items at most today); bounds what one event carries. */
export const MAX_MATERIALS_PER_EVENT = 100;
export const receivedMaterialsSchema = z
  .array(receivedMaterialSchema)
  .max(MAX_MATERIALS_PER_EVENT, { message: `材料清单不超过${MAX_MATERIALS_PER_EVENT}项` });
export type ReceivedMaterial = z.infer<typeof receivedMaterialSchema>;

/** A material not handed in: the window obtains it by data sharing (免提交, catalog `waivableByDataSharing`). */
export const waivedMaterialSchema = z.object({
  code: z.string().min(1).max(64, { message: '材料编码不超过64个字符' }),
  name: z.string().min(1).max(200, { message: '材料名称不超过200字' }),
});
export const waivedMaterialsSchema = z
  .array(waivedMaterialSchema)
  .max(MAX_MATERIALS_PER_EVENT, { message: `免提交材料不超过${MAX_MATERIALS_PER_EVENT}项` });
export type WaivedMaterial = z.infer<typeof waivedMaterialSchema>;

export const INTAKE_NOTE_MAX = 500;
/** The receiving clerk's note for the handling side, as the event carries it (absent when blank). */
export const intakeNoteSchema = z
  .string()
  .trim()
  .min(1)
  .max(INTAKE_NOTE_MAX, { message: `收件备注不超过${INTAKE_NOTE_MAX}字` });

/** The intake form's values, as the draft stores them and the accept action checks them. */
export const intakeSchema = z.object({
  matterCode: z.string().min(1, { message: '请选择办理事项' }),
  mode: z.enum(HANDLING_MODES, { message: '请选择办理模式' }),
  handlingDivision: z.string().regex(/^\d{6}$/, { message: '请选择办理地' }),
  applicant: applicantSchema,
  materialCodes: z.array(z.string()).default([]),
  // Optional rather than defaulted so intakes built before these existed (drafts, events,
  // test fixtures) still fit; intakeSchemaFor always fills both.
  details: detailsValuesSchema.optional(),
  agent: agentFormSchema.optional(),
  waivedCodes: z.array(z.string()).optional(),
  intakeNote: z
    .string()
    .max(INTAKE_NOTE_MAX, { message: `收件备注不超过${INTAKE_NOTE_MAX}字` })
    .optional(),
  /** 法人 matters: the 经办人 acts on the unit's 授权委托书 (not the 法定代表人 in person). */
  handlerAuthorised: z.boolean().optional(),
});
export type IntakeValues = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema>;

/**
 * The parts of a matter intake checks. fields/agentAllowed are optional so intake also
 * works with catalogs that predate them (absent = no own fields, no agent).
 */
export type MatterWithForm = Pick<Matter, 'modes' | 'materials'> & {
  fields?: readonly FieldSpec[];
  agentAllowed?: boolean;
  applicantType?: ApplicantType;
};

/** The 授权委托书 a matter lists for agents, if any. */
export function powerOfAttorneyOf(matter: { materials: readonly MaterialSpec[] }): MaterialSpec | undefined {
  return matter.materials.find((material) => material.code.includes('ATTORNEY') || material.name.includes('委托书'));
}

/** The agent to record on the accepted event: only when ticked and the matter allows one. */
export function appointedAgent(intake: Intake): Agent | undefined {
  if (!intake.agent?.appointed) return undefined;
  const { name, idNumber, mobile } = intake.agent;
  return { name, idNumber, mobile };
}

/** The materials the clerk marked 免提交 (data sharing), named as the matter's checklist names them. */
export function waivedMaterialsOf(intake: Intake, matter: Pick<Matter, 'materials'>): WaivedMaterial[] {
  const waived = intake.waivedCodes ?? [];
  return matter.materials.filter((material) => waived.includes(material.code)).map(({ code, name }) => ({ code, name }));
}

/** The note to record, if the clerk wrote one. */
export function intakeNoteOf(intake: Intake): string | undefined {
  const note = intake.intakeNote?.trim();
  return note ? note : undefined;
}

export interface IntakeSchemaOptions extends DetailsSchemaOptions {
  /** false: the materials need not be complete (一次性告知 / 不予受理 at the window). */
  requireMaterials?: boolean;
}

/** A 法人's 经办人 is the applicant block itself, so the 代理人 block does not apply to it. */
export function offersAgent(matter: MatterWithForm): boolean {
  return matter.agentAllowed === true && matter.applicantType !== '法人';
}

function agentSchemaFor(matter: MatterWithForm) {
  return agentFormSchema.prefault(NO_AGENT).transform((agent, ctx): AgentForm => {
    if (!agent.appointed || !offersAgent(matter)) return NO_AGENT;
    const parsed = agentSchema.safeParse(agent);
    if (parsed.success) return { appointed: true, ...parsed.data };
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return NO_AGENT;
  });
}

/**
 * The intake schema for one matter: the mode must be one the matter offers, the handling
 * place must be in a 川渝 province, the matter's own fields must pass (issues at
 * ['details', key] / ['details', group, index, key]), a ticked agent needs name, ID and
 * mobile plus the 委托书 (so does a 法人's 经办人 acting on authorisation), only materials the
 * catalog lets data sharing replace may be marked 免提交, and every unconditionally required
 * material must be received or 免提交 before 受理 (otherwise the clerk issues 一次性告知).
 *
 * `options.regionCodes` lets region fields be checked against the division list; the caller
 * loads it (shared/ reads no files). `options.requireMaterials: false` checks an application
 * that is being answered with 一次性告知 or 不予受理: everything but the materials.
 */
export function intakeSchemaFor(matter: MatterWithForm, options: IntakeSchemaOptions = {}) {
  const requireMaterials = options.requireMaterials ?? true;
  const attorney = powerOfAttorneyOf(matter);
  return intakeSchema
    .extend({
      details: detailsSchemaFor(matter.fields ?? [], options).prefault({}),
      agent: agentSchemaFor(matter),
      waivedCodes: z.array(z.string()).default([]),
      intakeNote: z
        .string()
        .max(INTAKE_NOTE_MAX, { message: `收件备注不超过${INTAKE_NOTE_MAX}字` })
        .default(''),
      handlerAuthorised: z
        .boolean()
        .default(false)
        .transform((authorised) => authorised && matter.applicantType === '法人'),
    })
    .superRefine((intake, ctx) => {
      if (!matter.modes.includes(intake.mode)) {
        ctx.addIssue({ code: 'custom', path: ['mode'], message: `该事项不支持“${intake.mode}”` });
      }
      if (!/^5[01]/.test(intake.handlingDivision)) {
        ctx.addIssue({ code: 'custom', path: ['handlingDivision'], message: '办理地应在四川省或重庆市' });
      }
      const waived = new Set<string>();
      for (const code of intake.waivedCodes) {
        const material = matter.materials.find((candidate) => candidate.code === code);
        if (!material?.waivableByDataSharing) {
          ctx.addIssue({ code: 'custom', path: ['waivedCodes'], message: `“${material?.name ?? code}”不能以数据共享免提交` });
        } else if (intake.materialCodes.includes(code)) {
          ctx.addIssue({ code: 'custom', path: ['waivedCodes'], message: `“${material.name}”已勾选收取，不能同时免提交` });
        } else {
          waived.add(code);
        }
      }
      const supplied = (code: string) => intake.materialCodes.includes(code) || waived.has(code);
      const missing = requireMaterials ? matter.materials.filter((material) => material.required && !supplied(material.code)) : [];
      if (missing.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['materialCodes'],
          message: `以下必要材料未收取：${missing.map((material) => material.name).join('、')}`,
        });
      }
      if (requireMaterials && attorney && !intake.materialCodes.includes(attorney.code)) {
        if (intake.agent.appointed) ctx.addIssue({ code: 'custom', path: ['materialCodes'], message: `代理人代办须收取${attorney.name}` });
        if (intake.handlerAuthorised)
          ctx.addIssue({ code: 'custom', path: ['materialCodes'], message: `经办人受单位委托办理，须收取${attorney.name}` });
      }
    });
}
