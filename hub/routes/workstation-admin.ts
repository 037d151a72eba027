/**
 * A hall's 系统管理员, signed in at one of the hall's workstations, manages the hall's
 * workstations (contract: shared/sync/enrollment-ticket-protocol.ts): issues one-time
 * enrollment tickets for a window, revokes a workstation's token, resets a lost key. Only
 * the workstations of the administrator's own hall; every action is on record.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  hallWorkstationsSchema,
  issueTicketRequestSchema,
  workstationActionRequestSchema,
  workstationActionsSchema,
  workstationPathSchema,
  type IssuedTicket,
} from '../../shared/sync/enrollment-ticket-protocol';
import { requireStaff, requireWorkstation, staffOf, workstationOf } from '../http/auth';
import { rateLimitedAs } from '../http/credential-rate-limits';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { issueTicket } from '../store/enrollment-tickets';
import { listHallWorkstations, listWorkstationActions, recordWorkstationAction, resetKey, revokeToken } from '../store/workstation-admin';
import { windowNumber } from '../store/workstations';

/** How an administrator is named in the records: "王芳（wangfang）". */
function actorOf(request: FastifyRequest): string {
  const account = staffOf(request);
  return `${account.name}（${account.username}）`;
}

export function registerWorkstationAdminRoutes(app: FastifyInstance, ctx: HubContext): void {
  const admin = { onRequest: [requireWorkstation(ctx), requireStaff(ctx, ['admin'])], ...rateLimitedAs(ctx.rateLimits, 'operator') };

  app.post('/v1/staff/enrollment-tickets', admin, async (request, reply): Promise<IssuedTicket> => {
    const ws = workstationOf(request);
    const { window, validHours } = parseInput(issueTicketRequestSchema, request.body);
    const issued = await ctx.db.transaction(async (tx) => {
      const row = await issueTicket(
        tx,
        { province: ws.province, hallCode: ws.hallCode, window: windowNumber(window) },
        actorOf(request),
        validHours ?? ctx.ticketHours,
      );
      // Recorded against the issuing workstation: the ticket's workstation does not exist yet.
      await recordWorkstationAction(tx, {
        workstationId: ws.id,
        hallCode: ws.hallCode,
        action: 'issue-ticket',
        actor: actorOf(request),
        reason: `${row.window}号窗口的注册票据，有效至 ${row.expiresAt}`,
      });
      return row;
    });
    reply.code(201);
    return { ticket: issued.ticket, hallCode: issued.hallCode, window: issued.window, expiresAt: issued.expiresAt };
  });

  app.get('/v1/staff/workstations', admin, async (request) =>
    hallWorkstationsSchema.parse({ workstations: await listHallWorkstations(ctx.db, workstationOf(request).hallCode) }),
  );

  app.get('/v1/staff/workstation-actions', admin, async (request) =>
    workstationActionsSchema.parse({ actions: await listWorkstationActions(ctx.db, workstationOf(request).hallCode) }),
  );

  for (const [path, act] of [
    ['revoke', revokeToken],
    ['reset-key', resetKey],
  ] as const) {
    app.post(`/v1/staff/workstations/:id/${path}`, admin, async (request, reply) => {
      const { id } = parseInput(workstationPathSchema, request.params);
      const { reason } = parseInput(workstationActionRequestSchema, request.body);
      const done = await act(ctx.db, id, workstationOf(request).hallCode, actorOf(request), reason);
      if (!done) throw new HubHttpError(404, 'NO_SUCH_WORKSTATION', '本大厅没有该在用工作站');
      return reply.code(204).send();
    });
  }
}
