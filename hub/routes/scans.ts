/**
 * Scan upload and download for workstations, and the same upload for the peer hub under
 * /v1/exchange (shared/sync/scan-protocol.ts). Registered in their own Fastify scope, which
 * alone accepts application/octet-stream bodies (the chunks); every other route stays JSON.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { scanReferenceSchema } from '../../shared/domain/matter/application';
import {
  CHUNK_SHA256_HEADER,
  casePathSchema,
  scanChunkPathSchema,
  scanPathSchema,
  scanSha256Schema,
  type ChunkReceipt,
  type ScanInfo,
  type ScanUploadState,
} from '../../shared/sync/scan-protocol';
import { requirePeer, requireWorkstation, workstationOf } from '../http/auth';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import type { ScanClaimer } from '../scans/scan-records';

function chunkBody(request: FastifyRequest): Uint8Array {
  if (!Buffer.isBuffer(request.body)) {
    throw new HubHttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '分块内容类型应为 application/octet-stream');
  }
  return request.body;
}

function declaredChunkHash(request: FastifyRequest): string | undefined {
  const header = request.headers[CHUNK_SHA256_HEADER];
  return header === undefined ? undefined : parseInput(scanSha256Schema, header);
}

/** The three upload calls, for one kind of claimer (a workstation, or the peer hub). */
function registerUploadRoutes(
  scope: FastifyInstance,
  ctx: HubContext,
  prefix: string,
  claimerOf: (request: FastifyRequest) => ScanClaimer,
): void {
  scope.post(`${prefix}/cases/:caseId/scans`, async (request): Promise<ScanUploadState> => {
    const { caseId } = parseInput(casePathSchema, request.params);
    return ctx.scanUploads.begin(claimerOf(request), caseId, parseInput(scanReferenceSchema, request.body));
  });
  scope.put(`${prefix}/cases/:caseId/scans/:sha256/chunks/:offset`, async (request): Promise<ChunkReceipt> => {
    const { caseId, sha256, offset } = parseInput(scanChunkPathSchema, request.params);
    return ctx.scanUploads.putChunk(claimerOf(request), caseId, sha256, offset, chunkBody(request), declaredChunkHash(request));
  });
  scope.post(`${prefix}/cases/:caseId/scans/:sha256/complete`, async (request): Promise<ScanUploadState> => {
    const { caseId, sha256 } = parseInput(scanPathSchema, request.params);
    return ctx.scanUploads.complete(claimerOf(request), caseId, sha256);
  });
}

export function registerScanRoutes(app: FastifyInstance, ctx: HubContext): void {
  void app.register(async (scoped) => {
    scoped.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    await scoped.register(async (workstations) => {
      workstations.addHook('onRequest', requireWorkstation(ctx));
      registerUploadRoutes(workstations, ctx, '/v1', (request) => ({ kind: 'workstation', workstation: workstationOf(request) }));
      workstations.get('/v1/cases/:caseId/scans/:sha256', async (request): Promise<ScanInfo> => {
        const { caseId, sha256 } = parseInput(scanPathSchema, request.params);
        return ctx.scanReads.info(workstationOf(request), caseId, sha256);
      });
      workstations.get('/v1/cases/:caseId/scans/:sha256/chunks/:offset', async (request, reply) => {
        const { caseId, sha256, offset } = parseInput(scanChunkPathSchema, request.params);
        const data = await ctx.scanReads.readChunk(workstationOf(request), caseId, sha256, offset);
        return reply.type('application/octet-stream').send(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      });
    });

    await scoped.register(async (peer) => {
      peer.addHook('onRequest', requirePeer(ctx));
      registerUploadRoutes(peer, ctx, '/v1/exchange', () => ({ kind: 'peer' }));
    });
  });
}
