/**
 * The 结果送达 form keeps both inputs (领取人, 运单号) while the clerk switches the method;
 * the shared payload schema decides which one must be valid, with its own messages.
 */
import { z } from 'zod';
import { resultHandedOverPayloadSchema } from '../../../../shared/domain/case/case-event-payloads';
import type { PayloadOf } from '../../../../shared/domain/case/case-events';

export const handOverFormSchema = z
  .object({ method: z.enum(['window', 'post']), recipient: z.string(), waybillNo: z.string() })
  .superRefine((values, ctx) => {
    const parsed = resultHandedOverPayloadSchema.safeParse(toDelivery(values));
    for (const issue of parsed.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type HandOverFormValues = z.infer<typeof handOverFormSchema>;

export function toDelivery(values: HandOverFormValues): PayloadOf<'resultHandedOver'> {
  return values.method === 'window'
    ? { method: 'window', recipient: values.recipient.trim() }
    : { method: 'post', carrier: 'EMS', waybillNo: values.waybillNo.trim() };
}
