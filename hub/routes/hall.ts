/**
 * The supervisor's hall view (contract: shared/sync/hall-protocol.ts). A 值班长/科长 signed
 * in online at a workstation of the hall; the hall is the workstation's, so the scope can
 * never be another hall's. The window's own open 督办 need only the workstation's token.
 * Reads wait for the hall projector to reach the feed's end, so a supervisor never misses
 * an event the hub has already acknowledged to a window.
 */
import type { FastifyInstance } from 'fastify';
import { dashboardQuerySchema, hallCasesQuerySchema, monthlyReportQuerySchema } from '../../shared/sync/hall-protocol';
import { requireStaff, requireWorkstation, workstationOf } from '../http/auth';
import { parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { hallDashboard } from '../hall/dashboard';
import { hallMonthlyReport } from '../hall/monthly-report';
import { hallFollowUps, hallWarnings, hallWorkload, listHallCases, supervisionsForWindow } from '../hall/hall-queries';
import type { FastifyRequest } from 'fastify';

export function registerHallRoutes(app: FastifyInstance, ctx: HubContext): void {
  // Every read answers as of every event the hub has taken (HubContext.hallUpToDate).
  const upToDate = async () => ctx.hallUpToDate();
  const supervisor = { onRequest: [requireWorkstation(ctx), requireStaff(ctx, ['supervisor'])], preHandler: upToDate };
  const scopeOf = (request: FastifyRequest) => {
    const { hallCode, province, division } = workstationOf(request);
    return { hallCode, province, division };
  };

  app.get('/v1/hall/cases', supervisor, async (request) =>
    listHallCases(ctx.db, scopeOf(request), parseInput(hallCasesQuerySchema, request.query)),
  );
  app.get('/v1/hall/warnings', supervisor, async (request) => hallWarnings(ctx.db, scopeOf(request)));
  app.get('/v1/hall/workload', supervisor, async (request) => ({ rows: await hallWorkload(ctx.db, scopeOf(request)) }));
  app.get('/v1/hall/dashboard', supervisor, async (request) =>
    hallDashboard(ctx.db, scopeOf(request), parseInput(dashboardQuerySchema, request.query)),
  );
  app.get('/v1/hall/monthly-report', supervisor, async (request) =>
    hallMonthlyReport(ctx.db, scopeOf(request), parseInput(monthlyReportQuerySchema, request.query)),
  );
  app.get('/v1/hall/follow-ups', supervisor, async (request) => ({ rows: await hallFollowUps(ctx.db, scopeOf(request)) }));
  app.get('/v1/hall/supervisions', { onRequest: requireWorkstation(ctx), preHandler: upToDate }, async (request) => {
    const [row] = await ctx.db.query<{ window_no: number }>('SELECT window_no FROM workstations WHERE id = $1', [
      workstationOf(request).id,
    ]);
    return { supervisions: await supervisionsForWindow(ctx.db, scopeOf(request), Number(row?.window_no ?? 0)) };
  });
}
