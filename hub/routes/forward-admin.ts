/**
 * The operator API over the forward queue (contract: shared/sync/forward-admin-protocol.ts):
 * peer health and counts, the 异常 list, and retry/resolve with who and why on record.
 */
import type { FastifyInstance } from 'fastify';
import {
  forwardExceptionActionRequestSchema,
  forwardExceptionActionsQuerySchema,
  forwardExceptionsQuerySchema,
  type ForwardExceptionActionResult,
  type ForwardExceptionActions,
  type ForwardExceptionsPage,
  type ForwardingStatus,
} from '../../shared/sync/forward-admin-protocol';
import { requireOperator } from '../http/auth';
import { rateLimitedAs } from '../http/credential-rate-limits';
import { parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { actOnForwardExceptions, listForwardExceptionActions, listForwardExceptions } from '../store/forward-exceptions';
import { forwardQueueCounts } from '../store/forward-queue';

export function registerForwardAdminRoutes(app: FastifyInstance, ctx: HubContext): void {
  const onRequest = requireOperator(ctx);
  const limited = rateLimitedAs(ctx.rateLimits, 'operator');

  app.get('/v1/admin/forwarding', { onRequest, ...limited }, async (): Promise<ForwardingStatus> => {
    const { configured, ...peer } = ctx.peerStatus();
    return { province: ctx.province, peer: { configured, ...peer }, queue: await forwardQueueCounts(ctx.db) };
  });

  app.get('/v1/admin/forward-exceptions', { onRequest, ...limited }, async (request): Promise<ForwardExceptionsPage> => {
    const { cursor, limit } = parseInput(forwardExceptionsQuerySchema, request.query);
    return listForwardExceptions(ctx.db, cursor, limit);
  });

  // '::' escapes the colon: Fastify would read ':retry' as a path parameter.
  for (const action of ['retry', 'resolve'] as const) {
    app.post(
      `/v1/admin/forward-exceptions::${action}`,
      { onRequest, ...limited },
      async (request): Promise<ForwardExceptionActionResult> => {
        const input = parseInput(forwardExceptionActionRequestSchema, request.body);
        const result = await actOnForwardExceptions(ctx.db, action, input);
        // Retried items and the items held behind them are due now.
        ctx.onEventsApplied();
        return result;
      },
    );
  }

  app.get('/v1/admin/forward-exception-actions', { onRequest, ...limited }, async (request): Promise<ForwardExceptionActions> => {
    const query = parseInput(forwardExceptionActionsQuerySchema, request.query);
    return listForwardExceptionActions(ctx.db, query);
  });
}
