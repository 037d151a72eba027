/**
 * POST /v1/exchange/forward: the peer hub delivers its windows' events for cases that
 * involve our province. Same per-event processing as a push, but the actor must belong to
 * the peer's province, and these events are never forwarded again.
 */
import type { FastifyInstance } from 'fastify';
import { otherProvince } from '../../shared/domain/region/provinces';
import { pushRequestSchema, type PushResponse } from '../../shared/sync/protocol';
import { requirePeer } from '../http/auth';
import { rateLimitedAs } from '../http/credential-rate-limits';
import { parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { ingestBatch } from '../store/ingest-batch';

export function registerForwardRoute(app: FastifyInstance, ctx: HubContext): void {
  app.post(
    '/v1/exchange/forward',
    { onRequest: requirePeer(ctx), ...rateLimitedAs(ctx.rateLimits, 'peer') },
    async (request): Promise<PushResponse> => {
      const { events } = parseInput(pushRequestSchema, request.body);
      const { results, news } = await ingestBatch(ctx.db, events, { kind: 'peer', peerProvince: otherProvince(ctx.province) });
      ctx.feedWatch.advance(news);
      ctx.metrics.countIngest('peer', results);
      return { results };
    },
  );
}
