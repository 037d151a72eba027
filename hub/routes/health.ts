import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { healthResponseSchema } from '../../shared/sync/protocol';
import type { HubContext } from '../http/hub-context';

export function registerHealthRoute(app: FastifyInstance, ctx: HubContext): void {
  app.get('/v1/health', async (): Promise<z.infer<typeof healthResponseSchema>> => ({
    ok: true,
    province: ctx.province,
    cryptoSuite: ctx.cryptoSuite,
  }));
}
