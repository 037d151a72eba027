/**
 * The public receipt check a citizen reaches by scanning a 受理回执's QR code:
 *
 *   GET /r/<sealed code>            a small HTML page (Chinese), for phones (also /R/…)
 *   GET /v1/receipts/<sealed code>  the same verdict as JSON
 *
 * The seal is verified against this province's published workstation keys; a genuine
 * receipt whose 查询密码 matches the case shows the case's public status
 * (shared/domain/case/public-case-status.ts): no personal data. No token: it is public, so it is
 * rate-limited per client address.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { provinceName } from '../../shared/domain/region/provinces';
import { publicCaseStatus, type PublicCaseStatus } from '../../shared/domain/case/public-case-status';
import { verifySealedQr } from '../../shared/domain/seal/receipt-seal';
import { formatChinaDate } from '../../shared/documents/layout/format';
import type { HubContext } from '../http/hub-context';
import { createRateLimiter } from '../http/rate-limit';
import { findCaseByNumber } from '../store/receipt-case';
import { listPublishedKeys } from '../store/workstations';

/** Per client address and minute. */
export const RECEIPT_CHECKS_PER_MINUTE = 30;

export type ReceiptCheck = { valid: true; status: PublicCaseStatus } | { valid: false; reason: string };

export async function checkReceipt(ctx: HubContext, code: string): Promise<ReceiptCheck> {
  const keys = await listPublishedKeys(ctx.db);
  const verdict = await verifySealedQr(code, keys);
  if (!verdict.valid) {
    const elsewhere = verdict.reason.includes('公钥')
      ? `（本平台为${provinceName(ctx.province)}平台，另一省市签发的回执请到其平台核验）`
      : '';
    return { valid: false, reason: `${verdict.reason}${elsewhere}` };
  }
  const state = await findCaseByNumber(ctx.db, verdict.fields.caseNumber);
  if (!state) return { valid: false, reason: '回执签章真实，但本平台尚未收到该办件（工作站可能仍在离线），请稍后再查' };
  if (state.queryPassword !== verdict.fields.queryPassword) return { valid: false, reason: '查询密码与办件不符' };
  return { valid: true, status: publicCaseStatus(state) };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

function row(label: string, value: string): string {
  return `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

export function receiptPage(check: ReceiptCheck): string {
  const body = check.valid
    ? `<p class="ok">✓ 回执真实有效</p><table>${[
        row('办件编号', check.status.caseNumber),
        row('申请事项', check.status.matterName),
        row('办理状态', `${check.status.statusLabel}${check.status.outcome ? `（${check.status.outcome}）` : ''}`),
        ...(check.status.promisedDate ? [row('承诺办结日期', formatChinaDate(check.status.promisedDate))] : []),
        row('收件地', check.status.receivingHall),
        row('办理地', check.status.handlingPlace),
      ].join('')}</table>`
    : `<p class="bad">✗ 回执无法核验</p><p>${escapeHtml(check.reason)}</p>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>川渝通办受理回执核验</title><style>body{font-family:sans-serif;margin:1.5em;max-width:40em}th{text-align:left;padding-right:1em;white-space:nowrap}.ok{color:#1a7f37;font-weight:bold}.bad{color:#b42318;font-weight:bold}</style></head><body><h1>川渝通办受理回执核验</h1>${body}<p><small>本页只显示办理进度，不显示个人信息。</small></p></body></html>`;
}

export function registerReceiptCheckRoutes(app: FastifyInstance, ctx: HubContext): void {
  const limiter = createRateLimiter(RECEIPT_CHECKS_PER_MINUTE, 60_000);
  const limited = (request: FastifyRequest, reply: FastifyReply): boolean => {
    if (limiter.allow(request.ip)) return false;
    void reply.code(429).header('retry-after', '60').type('text/plain; charset=utf-8').send('查询过于频繁，请一分钟后再试');
    return true;
  };
  // /R/ too: workstations print the address in upper case so the QR stays alphanumeric.
  for (const path of ['/r/:code', '/R/:code']) {
    app.get<{ Params: { code: string } }>(path, async (request, reply) => {
      if (limited(request, reply)) return reply;
      const check = await checkReceipt(ctx, request.params.code);
      return reply
        .code(check.valid ? 200 : 404)
        .type('text/html; charset=utf-8')
        .send(receiptPage(check));
    });
  }
  app.get<{ Params: { code: string } }>('/v1/receipts/:code', async (request, reply) => {
    if (limited(request, reply)) return reply;
    const check = await checkReceipt(ctx, request.params.code);
    return reply.code(check.valid ? 200 : 404).send(check);
  });
}
