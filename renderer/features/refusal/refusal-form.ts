/**
 * The 不予受理 form: ground, reason, legal basis, the competent authority when the matter is
 * outside this authority's powers, and the remedy bodies. Checked with the event's own
 * schema, so what the form accepts the state machine and both hubs accept too.
 */
import { z } from 'zod';
import {
  COMPETENT_AUTHORITY_MESSAGE,
  REFUSAL_GROUNDS,
  REMEDY_LIMITS,
  refusalSchema,
} from '../../../shared/domain/case/case-event-payloads';
import type { RefusalInput } from '../../../shared/domain/case/case-commands';
import type { DocumentSettings } from '../../../shared/domain/document-settings';
import type { Matter } from '../../../shared/domain/matter/matter';
import { acceptanceLawFor } from '../../../shared/domain/matter/matter-classification';

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
    // Optional: a field antd has not mounted yet (the authority, shown for one ground only)
    // arrives as undefined; the event schema below says what is required, in Chinese.
    reason: z.string().optional(),
    legalBasis: z.string().optional(),
    competentAuthority: z.string().optional(),
    reconsiderationBody: z.string().optional(),
    litigationCourt: z.string().optional(),
  })
  .superRefine((form, ctx) => {
    // Checked here too (not only by the event schema) so the message sits under the field.
    if (form.ground === 'outsidePowers' && !form.competentAuthority?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['competentAuthority'], message: COMPETENT_AUTHORITY_MESSAGE });
    }
  })
  .transform((form, ctx): RefusalInput => {
    const competentAuthority = form.competentAuthority?.trim();
    const refusal = {
      ground: form.ground,
      reason: form.reason ?? '',
      legalBasis: form.legalBasis ?? '',
      ...(competentAuthority ? { competentAuthority } : {}),
      remedies: {
        reconsiderationBody: form.reconsiderationBody ?? '',
        reconsiderationDays: REMEDY_LIMITS.reconsiderationDays,
        litigationCourt: form.litigationCourt ?? '',
        litigationMonths: REMEDY_LIMITS.litigationMonths,
      },
    };
    const parsed = refusalSchema.safeParse(refusal);
    if (!parsed.success) {
      // Report on the form's flat field names ('remedies.x' → 'x').
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', path: [issue.path.at(-1) ?? 'reason'], message: issue.message });
      return z.NEVER;
    }
    return parsed.data;
  });

export type RefusalFormValues = z.input<typeof refusalFormSchema>;

/** The provision for a ground, by the matter's type (without a matter: the 行政许可法 one). */
export function legalBasisForGround(ground: RefusalGround, matter?: RefusalMatter): string {
  return matter ? acceptanceLawFor(matter, ground) : LEGAL_BASIS_BY_GROUND[ground];
}

export type RefusalMatter = Pick<Matter, 'matterType' | 'legalBasis'>;

/**
 * The form's start: the hall's remedy bodies and, as legal basis, the provision for the
 * matter's type (行政许可法 §32 for a 行政许可, the matter's own law otherwise).
 */
export function refusalFormDefaults(documents: DocumentSettings, matter?: RefusalMatter): RefusalFormValues {
  return {
    ground: 'notCompliant',
    reason: '',
    legalBasis: legalBasisForGround('notCompliant', matter),
    competentAuthority: '',
    reconsiderationBody: documents.reconsiderationBody,
    litigationCourt: documents.litigationCourt,
  };
}
