/**
 * The hub's request log: JSON lines (pino, through Fastify) with a request id, the route
 * pattern, status and time — and nothing personal. Paths are logged as their route pattern
 * (`/v1/cases/:caseId/events`, `/R/:code`), never with their parameters or query; bodies and
 * headers (bearer tokens) are never logged. A load balancer's `x-request-id` is kept when it
 * looks like an id, so one request can be followed through the balancer and the hub; the id
 * is echoed in the response.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdOf(raw: IncomingMessage): string {
  const offered = raw.headers[REQUEST_ID_HEADER];
  return typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
}

/** Where the JSON lines go: stdout in a deployment, a capture in tests. */
export type LogDestination = { write(line: string): void };

export function loggerOptions(destination: LogDestination | undefined): FastifyServerOptions['logger'] {
  return {
    level: process.env.HUB_LOG_LEVEL ?? 'info',
    ...(destination ? { stream: destination } : {}),
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, route: routePattern(request), remoteAddress: request.ip }),
      res: (reply: Pick<FastifyReply, 'statusCode'>) => ({ statusCode: reply.statusCode }),
      // A database error's own fields (detail, where, parameters) may quote stored values:
      // keep the kind, code, first line of the message and the stack only.
      err: (error: FastifyError) => ({
        type: error.name,
        code: error.code,
        message: (error.message.split('\n')[0] ?? '').slice(0, 200),
        stack: error.stack ?? '',
      }),
    },
  };
}

/** The matched route's pattern; '(unmatched)' for a 404, so unknown paths are not logged verbatim. */
export function routePattern(request: FastifyRequest): string {
  return request.routeOptions.url ?? '(unmatched)';
}
