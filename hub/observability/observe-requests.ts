/** Times every request and counts it by route pattern; echoes the request id. */
import type { FastifyInstance } from 'fastify';
import type { HubMetrics } from './hub-metrics';
import { REQUEST_ID_HEADER, routePattern } from './request-logging';

export function observeRequests(app: FastifyInstance, metrics: HubMetrics): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(routePattern(request), request.method, reply.statusCode, reply.elapsedTime / 1_000);
  });
}
