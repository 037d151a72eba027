/**
 * The hub's Fastify instance: routes, the 5 MB body limit, and one error shape for every
 * failure. Routes validate with the shared zod schemas themselves (Fastify's own validator
 * is not used), so workstations and hubs reject the same input with the same messages.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { registerCaseLogRoute } from '../routes/case-log';
import { registerCaseNumbersRoute } from '../routes/case-numbers';
import { MAX_REQUEST_BODY_BYTES } from '../../shared/sync/size-limits';
import { registerChangesRoute } from '../routes/changes';
import { registerDeliveryCheckRoute } from '../routes/delivery-check';
import { registerDocumentNumbersRoute } from '../routes/document-numbers';
import { registerEnrollRoute } from '../routes/enroll';
import { registerForwardRoute } from '../routes/forward';
import { registerForwardResendRoute } from '../routes/forward-resend';
import { registerForwardAdminRoutes } from '../routes/forward-admin';
import { registerHealthRoute } from '../routes/health';
import { registerKeysRoute } from '../routes/keys';
import { registerObservabilityRoutes } from '../routes/observability';
import { registerPushRoute } from '../routes/push';
import { registerReceiptCheckRoutes } from '../routes/receipt-check';
import { registerScanRoutes } from '../routes/scans';
import { observeRequests } from '../observability/observe-requests';
import { loggerOptions, requestIdOf, type LogDestination } from '../observability/request-logging';
import { registerStaffRoutes } from '../routes/staff';
import { registerHallRoutes } from '../routes/hall';
import { registerWorkstationAdminRoutes } from '../routes/workstation-admin';
import { registerRateLimiting } from './credential-rate-limits';
import { errorBody, toErrorResponse } from './errors';
import type { HubContext } from './hub-context';

export const BODY_LIMIT_BYTES = MAX_REQUEST_BODY_BYTES;

export interface HubAppOptions {
  /** The request log (JSON lines, observability/request-logging.ts): true = stdout. Off by default. */
  logger?: boolean | LogDestination;
  /**
   * Fastify's trustProxy: behind a load balancer, which hops' X-Forwarded-For to believe, so
   * request.ip (rate limits, lockout, the log) is the client's address. Off by default.
   */
  trustProxy?: boolean | string | string[];
  /** Where 5xx causes go; the client only sees a generic message. */
  reportError?: (error: unknown) => void;
}

/** A route the app serves, as registered (`/v1/cases/:caseId/events`): for tools that must cover them all. */
export interface HubRoute {
  method: string;
  url: string;
}

export function buildHubApp(ctx: HubContext, options: HubAppOptions = {}): { app: FastifyInstance; routes: readonly HubRoute[] } {
  // maxParamLength: a sealed receipt code (/r/<code>) is ~160 characters; Fastify's default is 100.
  const { logger = false } = options;
  const app = Fastify({
    logger: logger === false ? false : loggerOptions(logger === true ? undefined : logger),
    genReqId: requestIdOf,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 300 },
    trustProxy: options.trustProxy ?? false,
  });
  // JSON only: Fastify would otherwise hand a text/plain body to the routes as a string.
  app.removeContentTypeParser('text/plain');
  // With the request log on, a 5xx is already logged (without its details) under its request id.
  const reportError =
    options.reportError ?? (logger === false ? (error: unknown) => console.error('hub request failed:', error) : () => undefined);

  app.setErrorHandler((error, request, reply) => {
    const { statusCode, body } = toErrorResponse(error);
    if (statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
      reportError(error);
    }
    void reply.code(statusCode).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(errorBody('NOT_FOUND', `接口不存在：${request.method} ${request.url.split('?')[0] ?? ''}`));
  });

  const routes: HubRoute[] = [];
  app.addHook('onRoute', ({ method, url }) => {
    for (const one of [method].flat()) if (one !== 'HEAD') routes.push({ method: one, url });
  });
  observeRequests(app, ctx.metrics);
  registerRateLimiting(app, ctx.rateLimits);
  // In a plugin registered after the rate limiter, so its route hook sees every route.
  void app.register(async (scope) => {
    registerHealthRoute(scope, ctx);
    registerObservabilityRoutes(scope, ctx);
    registerKeysRoute(scope, ctx);
    registerEnrollRoute(scope, ctx);
    registerPushRoute(scope, ctx);
    registerDeliveryCheckRoute(scope, ctx);
    registerChangesRoute(scope, ctx);
    registerCaseLogRoute(scope, ctx);
    registerCaseNumbersRoute(scope, ctx);
    registerForwardRoute(scope, ctx);
    registerForwardResendRoute(scope, ctx);
    registerDocumentNumbersRoute(scope, ctx);
    registerForwardAdminRoutes(scope, ctx);
    registerScanRoutes(scope, ctx);
    registerReceiptCheckRoutes(scope, ctx);
    registerStaffRoutes(scope, ctx);
    registerHallRoutes(scope, ctx);
    registerWorkstationAdminRoutes(scope, ctx);
  });
  return { app, routes };
}
