/**
 * The 办结 form's rules: the shared decided payload, plus what a written 不予 decision must
 * state (reasons and legal basis, 行政许可法 §38(2)); for 准予 those inputs are ignored.
 */
import { z } from 'zod';
import { decidedPayloadSchema } from '../../../../shared/domain/case-events';

export const decisionFormSchema = decidedPayloadSchema
  .extend({ reasons: z.string().trim().max(500), legalBasis: z.string().trim().max(300) })
  .superRefine((decision, ctx) => {
    if (decision.outcome !== 'denied') return;
    if (decision.reasons === '') ctx.addIssue({ code: 'custom', path: ['reasons'], message: '不予办理的，应写明理由' });
    if (decision.legalBasis === '') ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: '不予办理的，应写明法律依据' });
  });
export type DecisionFormValues = z.input<typeof decisionFormSchema>;
