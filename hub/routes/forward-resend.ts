/** POST /v1/exchange/resend — the peer was restored and asks for our forwards again (store/forward-resend.ts). */
import type { FastifyInstance } from 'fastify';
import { forwardResendRequestSchema, type ForwardResendResponse } from '../../shared/sync/delivery-protocol';
import { requirePeer } from '../http/auth';
import { parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { requeueForwardsSince } from '../store/forward-resend';

export function registerForwardResendRoute(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/exchange/resend', { onRequest: requirePeer(ctx) }, async (request): Promise<ForwardResendResponse> => {
    const { since } = parseInput(forwardResendRequestSchema, request.body);
    const requeued = await requeueForwardsSince(ctx.db, since);
    if (requeued > 0) ctx.onEventsApplied();
    return { requeued };
  });
}
