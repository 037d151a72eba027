/**
 * Payloads of the lifecycle events after (or instead of) 受理: notice of missing materials,
 * supplementation, refusal, withdrawal, posting, special procedures, results and rating.
 * Kept apart from case-events.ts so that file stays the union and the opening payloads.
 */
import { z } from 'zod';
import { receivedMaterialsSchema } from '../matter/application';

const text = (max: number, message: string) => z.string().trim().min(1, { message }).max(max);

/** One item of a 一次性告知: what is missing and the standard it must meet (行政许可法 §32(4)). */
export const missingMaterialSchema = z.object({
  code: z.string().min(1).max(64, { message: '材料编码不超过64个字符' }).optional(),
  name: text(100, '请填写需补正的材料名称'),
  requirement: text(300, '请写明该材料的要求或标准'),
});
export type MissingMaterial = z.infer<typeof missingMaterialSchema>;

export const MAX_MISSING_MATERIALS = 100;

/** The notice part of `notified`; the opening header is added in case-events.ts. */
export const noticeSchema = z.object({
  missing: z
    .array(missingMaterialSchema)
    .min(1, { message: '一次性告知至少列出一项需补正的材料' })
    .max(MAX_MISSING_MATERIALS, { message: `一次性告知最多列出${MAX_MISSING_MATERIALS}项材料` }),
  reason: text(500, '请填写告知理由'),
});

export const supplementedPayloadSchema = z.object({
  /** The materials handed in now; the case's list becomes the union with what it had. */
  materials: receivedMaterialsSchema.min(1, { message: '请登记补正收到的材料' }),
});

/**
 * 补正 asked by the handling side (办理地) after 受理: what is missing, each with its standard,
 * why, and by when the applicant should hand it in at the receiving window.
 */
export const supplementRequestedPayloadSchema = z.object({
  missing: z
    .array(missingMaterialSchema)
    .min(1, { message: '请至少列出一项需补正的材料' })
    .max(MAX_MISSING_MATERIALS, { message: `最多列出${MAX_MISSING_MATERIALS}项材料` }),
  reason: text(500, '请填写要求补正的理由'),
  /** China date by which the applicant should hand the materials in. */
  deadline: z.iso.date({ message: '请填写补正期限' }),
});

/** The receiving window took the materials the handling side asked for (scans travel with them). */
export const supplementSubmittedPayloadSchema = z.object({
  materials: receivedMaterialsSchema.min(1, { message: '请登记收到的补正材料' }),
  note: z.string().trim().max(300, { message: '备注不超过300字' }).optional(),
});

export const REFUSAL_GROUNDS = ['outsidePowers', 'permitNotRequired', 'notCompliant'] as const;
export const REFUSAL_GROUND_LABELS: Record<(typeof REFUSAL_GROUNDS)[number], string> = {
  outsidePowers: '申请事项不属于本机关职权范围',
  permitNotRequired: '申请事项依法不需要取得行政许可',
  notCompliant: '申请不符合受理条件',
};
/** 行政复议 within 60 days of learning of the act; 行政诉讼 within 6 months. Fixed by law. */
export const REMEDY_LIMITS = { reconsiderationDays: 60, litigationMonths: 6 } as const;

export const refusalSchema = z.object({
  ground: z.enum(REFUSAL_GROUNDS),
  reason: text(500, '请填写不予受理的理由'),
  legalBasis: text(300, '请填写不予受理的法律依据'),
  /** The authority the applicant should apply to; required when outside this one's powers. */
  competentAuthority: z.string().trim().min(1).max(100).optional(),
  remedies: z.object({
    reconsiderationBody: text(100, '请填写行政复议机关'),
    reconsiderationDays: z.literal(REMEDY_LIMITS.reconsiderationDays),
    litigationCourt: text(100, '请填写管辖人民法院'),
    litigationMonths: z.literal(REMEDY_LIMITS.litigationMonths),
  }),
});

/** Refinement for the refused payload (applied after extending it, which zod requires). */
export function namesCompetentAuthority(refusal: z.infer<typeof refusalSchema>): boolean {
  return refusal.ground !== 'outsidePowers' || refusal.competentAuthority !== undefined;
}
export const COMPETENT_AUTHORITY_MESSAGE = '不属于本机关职权范围的，应告知申请人向有关行政机关申请';
/**
 * The refinement's params, fresh per call: zod's refine() rewrites the object it is given
 * (message → error), so a shared constant would lose its message for every later reader.
 */
export function competentAuthorityRequired() {
  return { message: COMPETENT_AUTHORITY_MESSAGE, path: ['competentAuthority'] };
}

export const withdrawnPayloadSchema = z.object({ reason: text(300, '请填写撤回理由') });

const waybillNo = z.string().regex(/^[A-Z0-9]{10,20}$/, { message: '运单号应为10至20位大写字母或数字' });

export const materialsPostedPayloadSchema = z.object({ carrier: z.literal('EMS'), waybillNo });

export const receivedPayloadSchema = z.object({
  /** The handling authority's own case number, kept next to ours (two parties, two numbers). */
  localCaseNumber: z.string().trim().min(1).max(50).optional(),
});

export const SPECIAL_PROCEDURE_KINDS = ['检验', '检测', '检疫', '鉴定', '专家评审', '公示', '听证', '招标', '拍卖', '其他'] as const;
export const specialProcedureStartedPayloadSchema = z.object({
  kind: z.enum(SPECIAL_PROCEDURE_KINDS),
  reason: text(300, '请填写启动特别程序的理由'),
});
export const specialProcedureEndedPayloadSchema = z.object({
  result: text(300, '请填写特别程序的结果'),
});

export const resultIssuedPayloadSchema = z.object({
  certificateName: text(100, '请填写结果证照名称'),
  certificateNumber: text(60, '请填写结果证照编号'),
  /** China-local date on the certificate; not before the decision. */
  issuedOn: z.iso.date(),
});

export const resultHandedOverPayloadSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('window'), recipient: text(40, '请填写领取人') }),
  z.object({ method: z.literal('post'), carrier: z.literal('EMS'), waybillNo }),
]);

/** 好差评 levels (国办发〔2019〕51号), best first: ★★★★★ … ★. */
export const RATING_LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
/** 差评 are the two lowest levels: each must be followed up and fixed (Sichuan: 15 working days). */
export function isBadReview(level: RatingLevel): boolean {
  return level === '不满意' || level === '非常不满意';
}
/**
 * What a 差评 is about: the 线下评价 indicators of the national 好差评 standard under
 * 国办发〔2019〕51号 (整体满意度, 服务效率, 服务水平, 服务态度; the standard forbids adding or
 * removing indicators). The applicant picks at least one for 不满意 / 非常不满意.
 */
export const BAD_REVIEW_REASONS = ['整体满意度', '服务效率', '服务水平', '服务态度'] as const;
export type BadReviewReason = (typeof BAD_REVIEW_REASONS)[number];
/** Sichuan: a 差评 is followed up (回访) and fixed (整改) within 15 working days. */
export const BAD_REVIEW_FOLLOW_UP_WORKING_DAYS = 15;

export const ratedPayloadSchema = z
  .object({
    level: z.enum(RATING_LEVELS, { message: '请选择评价等级' }),
    comment: z.string().trim().max(500).optional(),
    /**
     * 'applicant': given by the applicant on the counter's rating screen. Absent on ratings a
     * clerk typed in before the rating screen existed (they still parse and hash as sealed).
     */
    source: z.literal('applicant').optional(),
    reasons: z.array(z.enum(BAD_REVIEW_REASONS)).min(1).max(BAD_REVIEW_REASONS.length).optional(),
    /** China date by which a 差评 must be followed up and fixed (the supervisor's 回访 task). */
    followUpDue: z.iso.date().optional(),
  })
  .refine((rating) => rating.source !== 'applicant' || !isBadReview(rating.level) || (rating.reasons ?? []).length > 0, {
    message: '请选择不满意的方面',
    path: ['reasons'],
  })
  .refine((rating) => rating.source !== 'applicant' || !isBadReview(rating.level) || rating.followUpDue !== undefined, {
    message: '差评须有回访整改期限',
    path: ['followUpDue'],
  });
export type RatedPayload = z.infer<typeof ratedPayloadSchema>;
