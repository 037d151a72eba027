/**
 * Request-rate limits on the routes that check a credential (@fastify/rate-limit), keyed by
 * the client's address (request.ip: behind a load balancer set the hub's `trustProxy` so
 * that is the workstation's address from X-Forwarded-For, not the balancer's).
 *
 * The plugin's store is in memory, per instance: with N instances a client gets up to N
 * times the rate. That is accepted on purpose: the rate limit only slows guessing down, and
 * what bounds guessing in all is the lockout of credential_lockouts, which lives in
 * PostgreSQL and is shared (credential-lockout.ts). A PostgreSQL store would add a write to
 * every request, the peer's forwards included.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import { HubHttpError } from './errors';
import type { CredentialKind } from './credential-lockout';

/** Requests per minute per client address, by credential kind. */
export type CredentialRateLimits = Record<CredentialKind, number>;

export const DEFAULT_RATE_LIMITS: CredentialRateLimits = {
  // A hall enrolling its windows after hours, all behind one address.
  enroll: 30,
  renew: 60,
  // A hall of 30 windows signing in at opening time behind one address.
  'sign-in': 120,
  // The peer hub drains a backlog in many requests.
  peer: 1_200,
  operator: 120,
  metrics: 60,
};

/** Register before the routes (avvio loads plugins in order), so their `config.rateLimit` is seen. */
export function registerRateLimiting(app: FastifyInstance, limits: CredentialRateLimits | false): void {
  if (limits === false) return;
  void app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HubHttpError(429, 'RATE_LIMITED', `请求过于频繁，请${Math.max(1, Math.ceil(context.ttl / 1000))}秒后再试`),
  });
}

/** Route options putting `kind`'s limit on a route; nothing when limits are off. */
export function rateLimitedAs(limits: CredentialRateLimits | false, kind: CredentialKind): Pick<RouteShorthandOptions, 'config'> {
  if (limits === false) return {};
  return { config: { rateLimit: { max: limits[kind], timeWindow: 60_000, groupId: kind } } };
}
