/** GET /v1/cases/{caseId}/events: one case's whole log, for a workstation missing its history. */
import type { FastifyInstance } from 'fastify';
import { caseLogQuerySchema, type CaseLogResponse } from '../../shared/sync/protocol';
import { requireWorkstation, workstationOf } from '../http/auth';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { readCaseLogFor } from '../store/case-log-read';

export function registerCaseLogRoute(app: FastifyInstance, ctx: HubContext): void {
  app.get('/v1/cases/:caseId/events', { onRequest: requireWorkstation(ctx) }, async (request): Promise<CaseLogResponse> => {
    const { caseId } = parseInput(caseLogQuerySchema, request.params);
    const events = await readCaseLogFor(ctx.db, workstationOf(request), caseId);
    // The same answer for "no such case" and "not your hall's case": ids are not a secret to guard, but cases are.
    if (!events) throw new HubHttpError(404, 'CASE_NOT_FOUND', '交换平台上没有本大厅可以查看的该办件');
    return { events };
  });
}
