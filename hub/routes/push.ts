/**
 * POST /v1/events:push: a workstation's batch of events. The whole body is validated first
 * (a malformed body is a 400 and nothing is written); then each event gets its own result.
 */
import type { FastifyInstance } from 'fastify';
import { pushRequestSchema, type PushResponse } from '../../shared/sync/protocol';
import { requireWorkstation, workstationOf } from '../http/auth';
import { parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { ingestBatch } from '../store/ingest-batch';

export function registerPushRoute(app: FastifyInstance, ctx: HubContext): void {
  // '::' escapes the colon: Fastify would read ':push' as a path parameter.
  app.post('/v1/events::push', { onRequest: requireWorkstation(ctx) }, async (request): Promise<PushResponse> => {
    const { events, replicaId } = parseInput(pushRequestSchema, request.body);
    const { results, news, written } = await ingestBatch(
      ctx.db,
      events,
      { kind: 'local', workstation: workstationOf(request) },
      { replicaId },
    );
    ctx.feedWatch.advance(news);
    ctx.metrics.countIngest('workstation', results);
    if (results.some((result) => result.status === 'applied')) ctx.onEventsApplied(written);
    // The suite rides along so workstations follow a change-over at their next push.
    return { results, cryptoSuite: ctx.cryptoSuite };
  });
}
