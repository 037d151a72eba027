/** POST /v1/document-numbers: lease a block of 文书编号 for the calling workstation's hall. */
import type { FastifyInstance } from 'fastify';
import { documentNumberLeaseRequestSchema, type DocumentNumberLease } from '../../shared/sync/protocol';
import { requireWorkstation, workstationOf } from '../http/auth';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { MAX_DOCUMENT_SEQUENCE } from '../../shared/documents/document-number';
import { DocumentNumbersExhaustedError, leaseDocumentNumbers } from '../store/document-numbers';

export function registerDocumentNumbersRoute(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/document-numbers', { onRequest: requireWorkstation(ctx) }, async (request, reply): Promise<DocumentNumberLease> => {
    const lease = parseInput(documentNumberLeaseRequestSchema, request.body);
    try {
      const block = await leaseDocumentNumbers(ctx.db, workstationOf(request).hallCode, lease);
      reply.code(201);
      return block;
    } catch (error) {
      if (error instanceof DocumentNumbersExhaustedError) {
        throw new HubHttpError(409, 'DOCUMENT_NUMBERS_EXHAUSTED', `本大厅${lease.year}年该类文书编号已用尽（上限${MAX_DOCUMENT_SEQUENCE}）`);
      }
      throw error;
    }
  });
}
