/**
 * The 办结 form's rules: the shared decided payload, plus what a written 不予 decision must
 * state (reasons and legal basis, 行政许可法 §38(2)); for 准予 those inputs are ignored.
 */
import { z } from 'zod';
import { decidedPayloadSchema } from '../../../../shared/domain/case/case-events';

export const decisionFormSchema = decidedPayloadSchema
  .extend({
    reasons: z.string().trim().max(500),
    legalBasis: z.string().trim().max(300),
    // Optional inputs: '' means "as the catalog says".
    decidingAuthority: z.string().trim().max(60),
    reconsiderationBody: z.string().trim().max(60),
  })
  .superRefine((decision, ctx) => {
    if (/政务服务(中心|大厅)|便民服务中心/.test(decision.decidingAuthority)) {
      ctx.addIssue({ code: 'custom', path: ['decidingAuthority'], message: '作出决定的是主管部门，不是政务服务中心' });
    }
    if (decision.outcome !== 'denied') return;
    if (decision.reconsiderationBody.length === 1)
      ctx.addIssue({ code: 'custom', path: ['reconsiderationBody'], message: '请填写行政复议机关全称' });
    if (decision.reasons === '') ctx.addIssue({ code: 'custom', path: ['reasons'], message: '不予办理的，应写明理由' });
    if (decision.legalBasis === '') ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: '不予办理的，应写明法律依据' });
  });
export type DecisionFormValues = z.input<typeof decisionFormSchema>;
