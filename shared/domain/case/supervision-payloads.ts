/**
 * Payloads of the supervisor's events on a case: 改派 (reassign the case to another window or
 * person on one side), 督办 (a reminder that stays on the responsible window until it is
 * answered) and the 回访/整改 that closes a 差评. Each names the side it concerns: a hall's
 * supervisor acts for their own side only (the receiving hall, or the handling department).
 */
import { z } from 'zod';
import { ulidSchema } from '../validators/ulid';

export const CASE_SIDES = ['receiving', 'handling'] as const;

const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .min(1, { message })
    .max(max, { message: `不超过${max}字` });

export const reassignedPayloadSchema = z.object({
  side: z.enum(CASE_SIDES),
  /** The window that takes the case over ("7" and "07" are one window). */
  toWindow: z.string().regex(/^\d{1,2}$/, { message: '窗口号应为1至2位数字' }),
  /** The person who takes it over, when the supervisor names one. */
  toAccountId: ulidSchema.optional(),
  toName: z.string().trim().min(2).max(20).optional(),
  reason: text(300, '请填写改派理由'),
});

export const supervisionIssuedPayloadSchema = z.object({
  side: z.enum(CASE_SIDES),
  message: text(300, '请填写督办内容'),
  /** China date by which the window should answer. */
  replyBy: z.iso.date({ message: '请填写回复期限' }),
});

export const supervisionAnsweredPayloadSchema = z.object({
  /** The 督办 (its event id) this answers. */
  supervisionId: ulidSchema,
  side: z.enum(CASE_SIDES),
  answer: text(300, '请填写督办回复'),
});

export const REVIEW_FINDINGS = ['属实', '部分属实', '不属实'] as const;
export const reviewFollowedUpPayloadSchema = z.object({
  /** What the 回访 found about the 差评. */
  finding: z.enum(REVIEW_FINDINGS, { message: '请选择核实结论' }),
  revisit: text(300, '请填写回访情况'),
  rectification: text(300, '请填写整改措施或说明'),
});
