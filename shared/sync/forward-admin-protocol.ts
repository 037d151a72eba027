/**
 * Hub operator API: the forwarding queue towards the peer hub and its 异常 list. Operators
 * authenticate with the hub's operator token (HUB_ADMIN_TOKEN), never with a workstation
 * token or the peer secret. The CLI (hub/bin/forward-queue.ts) and the routes parse with
 * these schemas.
 *
 *   GET  /v1/admin/forwarding                     peer health and queue counts
 *   GET  /v1/admin/forward-exceptions?cursor=     the 异常 list, oldest first
 *   POST /v1/admin/forward-exceptions:retry       put items back in the queue
 *   POST /v1/admin/forward-exceptions:resolve     drop items from the queue, on record
 *   GET  /v1/admin/forward-exception-actions      what operators did: who, when, why
 */
import { z } from 'zod';
import { ulidSchema } from '../domain/case/case-events';
import { PROVINCE_CODES } from '../domain/region/provinces';
import { cursorSchema } from './protocol';

export const FORWARD_EXCEPTION_KINDS = ['rejected', 'deferred', 'undeliverable'] as const;
export const FORWARD_EXCEPTION_KIND_LABELS: Record<(typeof FORWARD_EXCEPTION_KINDS)[number], string> = {
  rejected: '对端拒收',
  deferred: '对端多次暂缓（缺少其前序事件）',
  undeliverable: '无法送达对端',
};

export const forwardingStatusSchema = z.object({
  province: z.enum(PROVINCE_CODES),
  peer: z.object({
    configured: z.boolean(),
    /** ok: the last attempt got answers; backingOff: unreachable, next try at nextAttemptAt. */
    state: z.enum(['ok', 'backingOff', 'notTriedYet']),
    consecutiveFailures: z.number().int().min(0),
    failingSince: z.string().optional(),
    lastError: z.string().optional(),
    nextAttemptAt: z.string().optional(),
    lastDeliveryAt: z.string().optional(),
  }),
  queue: z.object({
    ready: z.number().int().min(0),
    waiting: z.number().int().min(0),
    held: z.number().int().min(0),
    exception: z.number().int().min(0),
    oldestPendingSince: z.string().optional(),
  }),
});
export type ForwardingStatus = z.infer<typeof forwardingStatusSchema>;

export const MAX_EXCEPTIONS_PAGE = 500;
export const forwardExceptionsQuerySchema = z.object({
  cursor: cursorSchema.default('0'),
  limit: z.coerce.number().int().min(1).max(MAX_EXCEPTIONS_PAGE).default(100),
});

export const forwardExceptionSchema = z.object({
  /** The event's feed seq; also the page cursor. */
  seq: cursorSchema,
  eventId: z.string(),
  caseId: z.string(),
  caseNumber: z.string().optional(),
  eventType: z.string(),
  kind: z.enum(FORWARD_EXCEPTION_KINDS),
  reason: z.string(),
  since: z.string(),
  attempts: z.number().int().min(0),
  /** Later events of the same case waiting behind this one. */
  heldBehind: z.number().int().min(0),
});
export type ForwardException = z.infer<typeof forwardExceptionSchema>;

export const forwardExceptionsPageSchema = z.object({
  exceptions: z.array(forwardExceptionSchema),
  nextCursor: cursorSchema,
  hasMore: z.boolean(),
});
export type ForwardExceptionsPage = z.infer<typeof forwardExceptionsPageSchema>;

export const MAX_EXCEPTION_ACTION_BATCH = 200;
/** Who acts and why: recorded with each item, since the operator token names no person. */
export const forwardExceptionActionRequestSchema = z.object({
  eventIds: z
    .array(ulidSchema)
    .min(1, { message: '请指定至少一个事件编号' })
    .max(MAX_EXCEPTION_ACTION_BATCH, { message: `每次最多处理${MAX_EXCEPTION_ACTION_BATCH}个事件` }),
  operator: z.string().trim().min(1, { message: '请填写处理人' }).max(40, { message: '处理人不超过40字' }),
  note: z.string().trim().min(1, { message: '请填写处理说明' }).max(500, { message: '处理说明不超过500字' }),
});
export type ForwardExceptionActionRequest = z.infer<typeof forwardExceptionActionRequestSchema>;

export const forwardExceptionActionResultSchema = z.object({
  results: z.array(
    z.discriminatedUnion('status', [
      z.object({ eventId: z.string(), status: z.literal('retried') }),
      z.object({ eventId: z.string(), status: z.literal('resolved') }),
      /** Not (or no longer) in the 异常 list: nothing was changed or recorded. */
      z.object({ eventId: z.string(), status: z.literal('notAnException'), message: z.string() }),
    ]),
  ),
});
export type ForwardExceptionActionResult = z.infer<typeof forwardExceptionActionResultSchema>;

export const forwardExceptionActionsQuerySchema = z.object({
  eventId: ulidSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_EXCEPTIONS_PAGE).default(100),
});
export const forwardExceptionActionsSchema = z.object({
  actions: z.array(
    z.object({
      eventId: z.string(),
      caseId: z.string(),
      action: z.enum(['retry', 'resolve']),
      exceptionKind: z.string(),
      reason: z.string(),
      operator: z.string(),
      note: z.string(),
      actedAt: z.string(),
    }),
  ),
});
export type ForwardExceptionActions = z.infer<typeof forwardExceptionActionsSchema>;
