/** POST /v1/events:missing — which of the caller's acknowledged events the hub lacks (shared/sync/delivery-protocol.ts). */
import type { FastifyInstance } from 'fastify';
import { deliveryCheckRequestSchema, type DeliveryCheckResponse } from '../../shared/sync/delivery-protocol';
import { requireWorkstation, workstationOf } from '../http/auth';
import { parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { checkDelivered } from '../store/delivery-check';

export function registerDeliveryCheckRoute(app: FastifyInstance, ctx: HubContext): void {
  // '::' escapes the colon: Fastify would read ':missing' as a path parameter.
  app.post('/v1/events::missing', { onRequest: requireWorkstation(ctx) }, async (request): Promise<DeliveryCheckResponse> => {
    const { ids } = parseInput(deliveryCheckRequestSchema, request.body);
    return checkDelivered(ctx.db, workstationOf(request).hallCode, ids);
  });
}
