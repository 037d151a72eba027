/**
 * POST /v1/events:missing — which of the caller's acknowledged events its hub no longer holds.
 *
 * A hub's acknowledgement is not the end of a workstation's duty: a hub restored from a backup
 * has forgotten what it took since. So a workstation remembers what was acknowledged (for
 * DELIVERY_RETENTION_DAYS) and asks, now and then and whenever the hub looks restored, which
 * of those events the hub lacks; it pushes those again. The answer also names the hub's feed
 * `epoch` (a new one after every restore, hub/bin/mark-restored.ts) and its feed `head`: a
 * cursor beyond the head, or another epoch, means the feed was rewound and the workstation
 * reads it again from the start (pulls are idempotent).
 */
import { z } from 'zod';
import { ulidSchema } from '../domain/validators/ulid';
import { cursorSchema } from './protocol';

export const MAX_DELIVERY_CHECK_IDS = 500;
/** How long a workstation keeps the ids of acknowledged events to check them again. */
export const DELIVERY_RETENTION_DAYS = 30;

/** An empty list asks only for the epoch and the head. */
export const deliveryCheckRequestSchema = z.object({
  ids: z.array(ulidSchema).max(MAX_DELIVERY_CHECK_IDS, { message: `每次最多核对${MAX_DELIVERY_CHECK_IDS}个事件` }),
});

export const deliveryCheckResponseSchema = z.object({
  /** Changes whenever the hub's database is restored from a backup. */
  epoch: z.string().min(1).max(64),
  /** The feed's last cursor now. */
  head: cursorSchema,
  /** The asked ids the hub does not hold as events of the caller's hall. */
  missing: z.array(ulidSchema),
});

export type DeliveryCheckRequest = z.infer<typeof deliveryCheckRequestSchema>;
export type DeliveryCheckResponse = z.infer<typeof deliveryCheckResponseSchema>;

/**
 * POST /v1/exchange/resend (peer secret): a hub restored from a backup asks its peer to
 * forward again what it forwarded from `since` on (hub/bin/mark-restored.ts records it).
 */
export const forwardResendRequestSchema = z.object({ since: z.iso.datetime({ message: '时间格式应为ISO 8601' }) });
export const forwardResendResponseSchema = z.object({ requeued: z.number().int().min(0) });
export type ForwardResendResponse = z.infer<typeof forwardResendResponseSchema>;
