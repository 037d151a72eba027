/**
 * GET /v1/keys: the receipt-sealing public keys of this province's enrolled workstations.
 * Public by design (they are public keys): verification stations fetch the list and keep
 * it, so a paper receipt can be checked offline. Each key says its algorithm (ECDSA P-256
 * or SM2), and the list says which suite the deployment seals with now.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { publishedKeysResponseSchema } from '../../shared/sync/protocol';
import type { HubContext } from '../http/hub-context';
import { listPublishedKeys } from '../store/workstations';

export function registerKeysRoute(app: FastifyInstance, ctx: HubContext): void {
  app.get('/v1/keys', async (): Promise<z.infer<typeof publishedKeysResponseSchema>> => ({
    province: ctx.province,
    cryptoSuite: ctx.cryptoSuite,
    keys: await listPublishedKeys(ctx.db),
  }));
}
