/** GET /v1/changes?cursor=&limit=: the caller's hall's change feed, in commit order. */
import type { FastifyInstance } from 'fastify';
import { changesQuerySchema, type ChangesResponse } from '../../shared/sync/protocol';
import { requireWorkstation, workstationOf } from '../http/auth';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { readChanges } from '../store/feed';

const MAX_BIGINT = 9_223_372_036_854_775_807n;

export function registerChangesRoute(app: FastifyInstance, ctx: HubContext): void {
  app.get('/v1/changes', { onRequest: requireWorkstation(ctx) }, async (request): Promise<ChangesResponse> => {
    const { cursor, limit } = parseInput(changesQuerySchema, request.query);
    // The schema allows 20 digits; the column is a bigint. Fail as bad input, not as a 500.
    if (BigInt(cursor) > MAX_BIGINT) throw new HubHttpError(400, 'BAD_REQUEST', '游标超出范围');
    const workstation = workstationOf(request);
    return readChanges(
      ctx.db,
      { hallCode: workstation.hallCode, province: workstation.province, division: workstation.division },
      cursor,
      limit,
    );
  });
}
