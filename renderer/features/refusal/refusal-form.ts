/**
 * The 不予受理 form: ground, reason, legal basis, the competent authority when the matter is
 * outside this authority's powers, and the remedy bodies. Checked with the event's own
 * schema, so what the form accepts the state machine and both hubs accept too.
 */
import { z } from 'zod';
import {
  COMPETENT_AUTHORITY_REQUIRED,
  namesCompetentAuthority,
  REFUSAL_GROUNDS,
  REMEDY_LIMITS,
  refusalSchema,
} from '../../../shared/domain/case-event-payloads';
import type { RefusalInput } from '../../../shared/domain/case-commands';
import type { DocumentSettings } from '../../../shared/domain/document-settings';

type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/**
 * 行政许可法 §32(1): (一) no permit needed → tell at once; (二) outside our powers → refuse and
 * name the competent authority; the general 不符合受理条件 cites §32 and the matter's rules.
 */
export const LEGAL_BASIS_BY_GROUND: Record<RefusalGround, string> = {
  permitNotRequired: '《中华人民共和国行政许可法》第三十二条第一款第（一）项',
  outsidePowers: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
  notCompliant: '《中华人民共和国行政许可法》第三十二条第一款',
};

export const refusalFormSchema = z
  .object({
    ground: z.enum(REFUSAL_GROUNDS, { message: '请选择不予受理的情形' }),
    reason: z.string(),
    legalBasis: z.string(),
    competentAuthority: z.string(),
    reconsiderationBody: z.string(),
    litigationCourt: z.string(),
  })
  .transform((form, ctx): RefusalInput => {
    const refusal = {
      ground: form.ground,
      reason: form.reason,
      legalBasis: form.legalBasis,
      ...(form.competentAuthority.trim() ? { competentAuthority: form.competentAuthority } : {}),
      remedies: {
        reconsiderationBody: form.reconsiderationBody,
        reconsiderationDays: REMEDY_LIMITS.reconsiderationDays,
        litigationCourt: form.litigationCourt,
        litigationMonths: REMEDY_LIMITS.litigationMonths,
      },
    };
    const parsed = refusalSchema.safeParse(refusal);
    if (!parsed.success) {
      // Report on the form's flat field names ('remedies.x' → 'x').
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [issue.path.at(-1) ?? 'reason'], message: issue.message });
      return z.NEVER;
    }
    if (!namesCompetentAuthority(parsed.data)) {
      ctx.addIssue({ code: 'custom', path: COMPETENT_AUTHORITY_REQUIRED.path, message: COMPETENT_AUTHORITY_REQUIRED.message });
      return z.NEVER;
    }
    return parsed.data;
  });

export type RefusalFormValues = z.input<typeof refusalFormSchema>;

export function refusalFormDefaults(documents: DocumentSettings): RefusalFormValues {
  return {
    ground: 'notCompliant',
    reason: '',
    legalBasis: LEGAL_BASIS_BY_GROUND.notCompliant,
    competentAuthority: '',
    reconsiderationBody: documents.reconsiderationBody,
    litigationCourt: documents.litigationCourt,
  };
}
