/** POST /v1/document-numbers: lease a block of 文书编号 for the calling workstation's hall. */
import type { FastifyInstance } from 'fastify';
import { documentNumberLeaseRequestSchema, type DocumentNumberLease } from '../../shared/sync/protocol';
import { requireWorkstation, workstationOf } from '../http/auth';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { MAX_DOCUMENT_SEQUENCE } from '../../shared/domain/document-number';
import { chinaDate } from '../../shared/util/china-time';
import { DAILY_QUOTA, DocumentNumberQuotaError, DocumentNumbersExhaustedError, leaseDocumentNumbers } from '../store/document-numbers';

/** This year's numbers, and from December also next year's (China dates). */
export function leasableYears(chinaToday: string): number[] {
  const year = Number(chinaToday.slice(0, 4));
  return chinaToday.slice(5, 7) === '12' ? [year, year + 1] : [year];
}

export function registerDocumentNumbersRoute(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/document-numbers', { onRequest: requireWorkstation(ctx) }, async (request, reply): Promise<DocumentNumberLease> => {
    const lease = parseInput(documentNumberLeaseRequestSchema, request.body);
    const today = chinaDate(new Date());
    if (!leasableYears(today).includes(lease.year)) {
      throw new HubHttpError(400, 'YEAR_NOT_OPEN', `只能领取本年度的文书编号（12月起也可领取下一年度），不能领取${lease.year}年度的`);
    }
    const workstation = workstationOf(request);
    try {
      const block = await leaseDocumentNumbers(
        ctx.db,
        { hallCode: workstation.hallCode, workstationId: workstation.id, day: today },
        lease,
      );
      reply.code(201);
      return block;
    } catch (error) {
      if (error instanceof DocumentNumbersExhaustedError) {
        throw new HubHttpError(
          409,
          'DOCUMENT_NUMBERS_EXHAUSTED',
          `本大厅${lease.year}年该类文书编号已用尽（上限${MAX_DOCUMENT_SEQUENCE}）`,
        );
      }
      if (error instanceof DocumentNumberQuotaError) {
        throw new HubHttpError(
          429,
          'DOCUMENT_NUMBER_QUOTA',
          `本窗口今日该类文书编号已领取${DAILY_QUOTA}个，已达每日上限；如确有需要请联系管理员`,
        );
      }
      throw error;
    }
  });
}
