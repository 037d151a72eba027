/**
 * POST /v1/enroll: a workstation trades a one-time ticket (issued by its hall's 系统管理员
 * or the hub's CLI for this hall and window), its self-minted id and its identity for a
 * bearer token; hubs started with the shared enrollment code (the embedded demo pair, tests)
 * also take that code instead. The token is shown once; the hub keeps only its hash.
 * A workstation presenting its signing key proves it holds it (http/enrollment-proof-check.ts);
 * once a key is pinned to an id, only that key's holder re-enrolls the id.
 *
 * POST /v1/enroll:renew: a fresh token for a fresh proof signed with the pinned key, no
 * ticket (a workstation back after days offline, or before its token expires).
 *
 * Every wrong credential here counts towards the client's lockout (http/credential-lockout.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { provinceName } from '../../shared/domain/region/provinces';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { renewRequestSchema, type RenewRequest } from '../../shared/sync/enrollment-ticket-protocol';
import { enrollRequestSchema, type EnrollResponse } from '../../shared/sync/protocol';
import { secretsEqual } from '../http/auth';
import type { CredentialKind } from '../http/credential-lockout';
import { rateLimitedAs } from '../http/credential-rate-limits';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { checkEnrollmentProof } from '../http/enrollment-proof-check';
import { takeTicket, type TicketRefusal } from '../store/enrollment-tickets';
import { renewToken, type RenewOutcome } from '../store/workstation-admin';
import {
  enrollWorkstation,
  KeyMismatchError,
  KeyRequiredError,
  StaleProofError,
  WindowInUseError,
  windowNumber,
  WorkstationDeactivatedError,
  type IssuedToken,
} from '../store/workstations';

const TICKET_REFUSALS: Record<TicketRefusal, string> = {
  TICKET_UNKNOWN: '注册票据不正确，请核对后重新输入，或向大厅系统管理员重新申请',
  TICKET_USED: '该注册票据已被使用过（每张票据只能注册一台工作站），请向大厅系统管理员重新申请',
  TICKET_EXPIRED: '该注册票据已过期，请向大厅系统管理员重新申请',
  TICKET_OTHER_WINDOW: '该注册票据不是为本大厅的这个窗口发放的：请核对大厅和窗口号，或向大厅系统管理员重新申请',
};

export function registerEnrollRoute(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/enroll', rateLimitedAs(ctx.rateLimits, 'enroll'), async (request, reply): Promise<EnrollResponse> => {
    const input = parseInput(enrollRequestSchema, request.body);
    const { token, expiresAt } = await countingFailures(ctx, request, 'enroll', () => enroll(ctx, input));
    reply.code(201);
    return { workstationId: input.workstationId, token, tokenExpiresAt: expiresAt, province: ctx.province, cryptoSuite: ctx.cryptoSuite };
  });

  // '::' escapes the colon: Fastify would read ':renew' as a path parameter.
  app.post('/v1/enroll::renew', rateLimitedAs(ctx.rateLimits, 'renew'), async (request) => {
    const input = parseInput(renewRequestSchema, request.body);
    return countingFailures(ctx, request, 'renew', () => renew(ctx, input));
  });
}

/** Refuses a locked-out client, and counts a refused credential (401/403) against it. */
async function countingFailures<T>(ctx: HubContext, request: FastifyRequest, kind: CredentialKind, run: () => Promise<T>): Promise<T> {
  await ctx.lockout.assertOpen(kind, request.ip);
  try {
    return await run();
  } catch (error) {
    if (error instanceof HubHttpError && (error.statusCode === 401 || error.statusCode === 403 || error.code === 'KEY_MISMATCH'))
      await ctx.lockout.recordFailure(kind, request.ip);
    throw error;
  }
}

async function enroll(ctx: HubContext, input: ReturnType<typeof enrollRequestSchema.parse>): Promise<IssuedToken> {
  const { enrollmentCode, ticket, workstationId, identity, publicKey, proof } = input;
  if (enrollmentCode !== undefined && (!ctx.enrollmentCode || !secretsEqual(enrollmentCode, ctx.enrollmentCode))) {
    throw ctx.enrollmentCode
      ? new HubHttpError(403, 'BAD_ENROLLMENT_CODE', '注册码不正确，请向管理员核实')
      : new HubHttpError(403, 'TICKET_REQUIRED', '本交换平台只接受注册票据：请向大厅系统管理员申请本窗口的注册票据');
  }
  checkProvince(ctx, identity);
  if (publicKey !== undefined) checkEnrollmentProof(ctx.province, workstationId, identity, publicKey, proof);
  const key = publicKey === undefined || proof === undefined ? null : { publicKey, provenAt: proof.at };
  const scope = { province: identity.province, hallCode: identity.hall.code, window: windowNumber(identity.window) };
  return ctx.db
    .transaction(async (tx) => {
      if (ticket !== undefined) {
        const refusal = await takeTicket(tx, ticket, scope, workstationId);
        if (refusal) throw new HubHttpError(403, refusal, TICKET_REFUSALS[refusal]);
      }
      return enrollWorkstation(tx, workstationId, identity, key, ctx.tokenTtlHours);
    })
    .catch((error: unknown) => {
      throw enrollmentRefusal(error, identity);
    });
}

function checkProvince(ctx: HubContext, identity: WorkstationIdentity): void {
  if (identity.province !== ctx.province) {
    throw new HubHttpError(
      403,
      'WRONG_PROVINCE',
      `本交换中心服务${provinceName(ctx.province)}，${provinceName(identity.province)}的工作站请向本省（市）交换中心注册`,
    );
  }
}

function enrollmentRefusal(error: unknown, identity: WorkstationIdentity): unknown {
  if (error instanceof KeyMismatchError) {
    return new HubHttpError(
      409,
      'KEY_MISMATCH',
      '该工作站编号已用另一签章密钥注册，不能更换密钥；如工作站重装或丢失密钥，请由大厅系统管理员“重置密钥”后用新的注册票据注册',
    );
  }
  if (error instanceof KeyRequiredError) {
    return new HubHttpError(403, 'KEY_REQUIRED', '该工作站编号已登记签章密钥，重新注册须由持有该密钥的工作站发起');
  }
  if (error instanceof StaleProofError) {
    return new HubHttpError(409, 'STALE_PROOF', '注册签名已被使用过（重放的请求），请重新发起注册');
  }
  if (error instanceof WindowInUseError) {
    return new HubHttpError(
      409,
      'WINDOW_IN_USE',
      `${identity.window}号窗口已由另一台工作站使用${error.holderId ? `（工作站编号 ${error.holderId}）` : ''}：同一窗口两台电脑会产生重复的办件编号。请改用其他窗口号，或由管理员先停用原工作站`,
    );
  }
  if (error instanceof WorkstationDeactivatedError) {
    return new HubHttpError(403, 'WORKSTATION_DEACTIVATED', '该工作站已被管理员停用，不能再注册；请联系管理员');
  }
  return error;
}

const RENEW_REFUSALS: Record<Exclude<RenewOutcome['kind'], 'renewed'>, [status: number, code: string, message: string]> = {
  unknown: [403, 'NOT_ENROLLED', '该工作站未在本交换平台注册或已停用：请向大厅系统管理员申请注册票据'],
  revoked: [401, 'TOKEN_REVOKED', '本工作站的访问令牌已被管理员吊销：请向大厅系统管理员申请新的注册票据，在“工作站设置”中重新注册'],
  'no-key': [403, 'KEY_REQUIRED', '该工作站没有登记签章密钥，不能自动续期：请向大厅系统管理员申请注册票据重新注册'],
  'key-mismatch': [403, 'KEY_MISMATCH', '续期签名所用的密钥不是该工作站登记的密钥'],
  moved: [403, 'TICKET_REQUIRED', '工作站的大厅或窗口已变更：须用新窗口的注册票据重新注册'],
  stale: [409, 'STALE_PROOF', '续期签名已被使用过（重放的请求），请重新发起续期'],
};

async function renew(
  ctx: HubContext,
  { workstationId, identity, publicKey, proof }: RenewRequest,
): Promise<{ token: string; expiresAt: string }> {
  checkProvince(ctx, identity);
  checkEnrollmentProof(ctx.province, workstationId, identity, publicKey, proof);
  const outcome = await renewToken(ctx.db, workstationId, identity, { publicKey, provenAt: proof.at }, ctx.tokenTtlHours);
  if (outcome.kind === 'renewed') return { token: outcome.token, expiresAt: outcome.expiresAt };
  throw new HubHttpError(...RENEW_REFUSALS[outcome.kind]);
}
