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
import { registerDocumentNumbersRoute } from '../routes/document-numbers';
import { registerEnrollRoute } from '../routes/enroll';
import { registerForwardRoute } from '../routes/forward';
import { registerForwardAdminRoutes } from '../routes/forward-admin';
import { registerHealthRoute } from '../routes/health';
import { registerKeysRoute } from '../routes/keys';
import { registerPushRoute } from '../routes/push';
import { registerReceiptCheckRoutes } from '../routes/receipt-check';
import { registerScanRoutes } from '../routes/scans';
import { errorBody, toErrorResponse } from './errors';
import type { HubContext } from './hub-context';

export const BODY_LIMIT_BYTES = MAX_REQUEST_BODY_BYTES;

export interface HubAppOptions {
  /** Fastify's request log (pino, JSON lines to stdout). Off by default. */
  logger?: boolean;
  /** Where 5xx causes go; the client only sees a generic message. */
  reportError?: (error: unknown) => void;
}

export function buildHubApp(ctx: HubContext, options: HubAppOptions = {}): FastifyInstance {
  // maxParamLength: a sealed receipt code (/r/<code>) is ~160 characters; Fastify's default is 100.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, maxParamLength: 300 });
  // JSON only: Fastify would otherwise hand a text/plain body to the routes as a string.
  app.removeContentTypeParser('text/plain');
  const reportError = options.reportError ?? ((error: unknown) => console.error('hub request failed:', error));

  app.setErrorHandler((error, _request, reply) => {
    const { statusCode, body } = toErrorResponse(error);
    if (statusCode >= 500) reportError(error);
    void reply.code(statusCode).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(errorBody('NOT_FOUND', `接口不存在：${request.method} ${request.url.split('?')[0] ?? ''}`));
  });

  registerHealthRoute(app, ctx);
  registerKeysRoute(app, ctx);
  registerEnrollRoute(app, ctx);
  registerPushRoute(app, ctx);
  registerChangesRoute(app, ctx);
  registerCaseLogRoute(app, ctx);
  registerCaseNumbersRoute(app, ctx);
  registerForwardRoute(app, ctx);
  registerDocumentNumbersRoute(app, ctx);
  registerForwardAdminRoutes(app, ctx);
  registerScanRoutes(app, ctx);
  registerReceiptCheckRoutes(app, ctx);
  return app;
}
