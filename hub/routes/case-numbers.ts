/** GET /v1/case-numbers/last?date=: the caller's window's highest 办件编号 sequence of a day. */
import type { FastifyInstance } from 'fastify';
import { caseNumberPrefix } from '../../shared/domain/case/case-number';
import { lastCaseNumberQuerySchema, type LastCaseNumberResponse } from '../../shared/sync/protocol';
import { requireWorkstation, workstationOf } from '../http/auth';
import { parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { lastCaseSequence } from '../store/case-routes';

export function registerCaseNumbersRoute(app: FastifyInstance, ctx: HubContext): void {
  app.get('/v1/case-numbers/last', { onRequest: requireWorkstation(ctx) }, async (request): Promise<LastCaseNumberResponse> => {
    const { date } = parseInput(lastCaseNumberQuerySchema, request.query);
    const workstation = workstationOf(request);
    const [row] = await ctx.db.query<{ window_no: number }>('SELECT window_no FROM workstations WHERE id = $1', [workstation.id]);
    const prefix = caseNumberPrefix(workstation.hallCode, String(row?.window_no ?? 0), date);
    return { prefix, lastSequence: await lastCaseSequence(ctx.db, prefix) };
  });
}
