/**
 * GET /v1/changes?cursor=&limit=&replicaId=: the caller's hall's change feed, in commit order,
 * without the events the caller's own replica pushed.
 * GET /v1/changes/wait?cursor=&waitMs=: returns as soon as that feed has news after the
 * cursor, or after waitMs with `news: false` (store/feed-watch.ts). An idle wait runs no SQL.
 */
import type { FastifyInstance } from 'fastify';
import { changesQuerySchema, changesWaitQuerySchema, type ChangesResponse, type ChangesWaitResponse } from '../../shared/sync/protocol';
import { requireWorkstation, requireWorkstationRemembered, workstationOf } from '../http/auth';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import type { FeedAudience } from '../store/feed-audience';
import { readChanges } from '../store/feed';

const MAX_BIGINT = 9_223_372_036_854_775_807n;
/** How long a waiting workstation's token is taken on trust (see requireWorkstationRemembered). */
const WAIT_AUTH_TTL_MS = 15 * 60_000;

function checkedCursor(cursor: string): bigint {
  const value = BigInt(cursor);
  // The schema allows 20 digits; the column is a bigint. Fail as bad input, not as a 500.
  if (value > MAX_BIGINT) throw new HubHttpError(400, 'BAD_REQUEST', '游标超出范围');
  return value;
}

function audienceOf(request: Parameters<typeof workstationOf>[0]): FeedAudience {
  const { hallCode, province, division } = workstationOf(request);
  return { hallCode, province, division };
}

export function registerChangesRoute(app: FastifyInstance, ctx: HubContext): void {
  app.get('/v1/changes', { onRequest: requireWorkstation(ctx) }, async (request): Promise<ChangesResponse> => {
    const { cursor, limit, replicaId } = parseInput(changesQuerySchema, request.query);
    checkedCursor(cursor);
    return readChanges(ctx.db, audienceOf(request), cursor, limit, { replicaId });
  });

  app.get(
    '/v1/changes/wait',
    { onRequest: requireWorkstationRemembered(ctx, WAIT_AUTH_TTL_MS) },
    async (request, reply): Promise<ChangesWaitResponse> => {
      const { cursor, waitMs } = parseInput(changesWaitQuerySchema, request.query);
      const gone = new AbortController();
      // The workstation hung up (it stopped, or its host's request timed out): stop waiting.
      reply.raw.on('close', () => gone.abort());
      const news = await ctx.feedWatch.waitForNews(audienceOf(request), checkedCursor(cursor), waitMs, gone.signal);
      return { news };
    },
  );
}
