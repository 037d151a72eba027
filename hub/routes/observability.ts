/**
 * Operations endpoints: GET /v1/health/ready (readiness, 503 when this instance cannot serve)
 * and GET /metrics (Prometheus text format, behind its own bearer token so a scraper's
 * credential opens nothing else; closed when no token is configured). GET /v1/health is the
 * liveness probe (routes/health.ts).
 */
import type { FastifyInstance } from 'fastify';
import { secretsEqual } from '../http/auth';
import { rateLimitedAs } from '../http/credential-rate-limits';
import { HubHttpError } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { checkReadiness } from '../observability/readiness';

export function registerObservabilityRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.get('/v1/health/ready', async (_request, reply) => {
    const report = await checkReadiness(ctx.db, ctx.peerStatus());
    return reply.code(report.ready ? 200 : 503).send(report);
  });

  app.get('/metrics', rateLimitedAs(ctx.rateLimits, 'metrics'), async (request, reply) => {
    const token = ctx.metricsToken;
    if (token === undefined) throw new HubHttpError(404, 'NOT_FOUND', '本交换平台未开放监控指标');
    const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!given) throw new HubHttpError(401, 'BAD_TOKEN', '监控指标令牌无效');
    await ctx.lockout.assertOpen('metrics', request.ip);
    if (!secretsEqual(given, token)) {
      await ctx.lockout.recordFailure('metrics', request.ip);
      throw new HubHttpError(401, 'BAD_TOKEN', '监控指标令牌无效');
    }
    return reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.scrape());
  });
}
