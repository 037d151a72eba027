/**
 * Request authentication, run as `onRequest` hooks so an unauthenticated request is refused
 * before its body is even read. Workstations present the bearer token from enrollment; the
 * peer hub presents the shared peer secret; operators present the operator token. Each
 * credential opens only its own routes.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { roleNames, type StaffAccount, type StaffRole } from '../../shared/domain/case/staff';
import { STAFF_SESSION_HEADER } from '../../shared/sync/staff-protocol';
import { accountOfSession } from '../staff/sign-in';
import type { Workstation } from '../store/workstations';
import { checkToken, hashToken } from '../store/workstations';
import { HubHttpError } from './errors';
import type { HubContext } from './hub-context';

const authenticated = new WeakMap<FastifyRequest, Workstation>();

function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** Constant-time comparison of two secrets of any length. */
export function secretsEqual(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The workstation a token belongs to, or the 401 saying why not. Tokens are 256 random bits:
 * guessing one is hopeless, so token checks are neither rate-limited nor locked out (that
 * would cost a query on every push and pull of every workstation).
 */
async function authenticate(ctx: HubContext, token: string): Promise<Workstation> {
  const check = await checkToken(ctx.db, token);
  switch (check.kind) {
    case 'ok':
      return check.workstation;
    case 'expired':
      throw new HubHttpError(
        401,
        'TOKEN_EXPIRED',
        '工作站访问令牌已过期：联网后工作站会用签章密钥自动续期；如仍提示此信息，请向大厅系统管理员申请注册票据重新注册',
      );
    case 'revoked':
      throw new HubHttpError(
        401,
        'TOKEN_REVOKED',
        '本工作站的访问令牌已被管理员吊销：请向大厅系统管理员申请新的注册票据，在“工作站设置”中重新注册',
      );
    case 'unknown':
      throw new HubHttpError(401, 'BAD_TOKEN', '访问令牌无效，请重新注册工作站');
  }
}

export function requireWorkstation(ctx: HubContext): onRequestAsyncHookHandler {
  return async (request) => {
    const token = bearerToken(request);
    if (!token) throw new HubHttpError(401, 'UNAUTHENTICATED', '缺少访问令牌，请先完成工作站注册');
    authenticated.set(request, await authenticate(ctx, token));
  };
}

/**
 * requireWorkstation for routes that hand out no data (waiting for feed news): a token's
 * workstation is remembered for `ttlMs`, so thousands of idle workstations re-asking every
 * half minute cost no query each time. A token revoked meanwhile (re-enrolled, deactivated)
 * can learn at most *that* its hall's feed moved until its entry expires, never what moved:
 * the pull that follows authenticates against the database as always.
 */
export function requireWorkstationRemembered(ctx: HubContext, ttlMs: number, maxEntries = 100_000): onRequestAsyncHookHandler {
  const remembered = new Map<string, { workstation: Workstation; until: number }>();
  return async (request) => {
    const token = bearerToken(request);
    if (!token) throw new HubHttpError(401, 'UNAUTHENTICATED', '缺少访问令牌，请先完成工作站注册');
    const key = hashToken(token);
    const now = Date.now();
    const entry = remembered.get(key);
    if (entry && entry.until > now) {
      authenticated.set(request, entry.workstation);
      return;
    }
    remembered.delete(key);
    const workstation = await authenticate(ctx, token);
    // Oldest first out: a Map iterates in insertion order.
    if (remembered.size >= maxEntries) remembered.delete(remembered.keys().next().value as string);
    remembered.set(key, { workstation, until: now + ttlMs });
    authenticated.set(request, workstation);
  };
}

/** The workstation `requireWorkstation` authenticated for this request. */
export function workstationOf(request: FastifyRequest): Workstation {
  const workstation = authenticated.get(request);
  if (!workstation) throw new Error('route is missing the requireWorkstation hook');
  return workstation;
}

export function requirePeer(ctx: HubContext): onRequestAsyncHookHandler {
  return async (request) => {
    const secret = bearerToken(request);
    if (!secret) throw new HubHttpError(401, 'UNAUTHENTICATED', '缺少对端交换中心的认证信息');
    await ctx.lockout.assertOpen('peer', request.ip);
    if (!ctx.peerSecret || !secretsEqual(secret, ctx.peerSecret)) {
      await ctx.lockout.recordFailure('peer', request.ip);
      throw new HubHttpError(401, 'BAD_PEER_SECRET', '对端交换中心认证失败');
    }
  };
}

/**
 * The operator API. Only the operator token opens it: start-hub refuses an operator token
 * equal to the peer secret or the enrollment code, so neither can stand in for it.
 */
export function requireOperator(ctx: HubContext): onRequestAsyncHookHandler {
  return async (request) => {
    if (!ctx.adminToken) throw new HubHttpError(403, 'ADMIN_DISABLED', '本交换中心未配置运维令牌（HUB_ADMIN_TOKEN），运维接口未开放');
    const token = bearerToken(request);
    if (!token) throw new HubHttpError(401, 'UNAUTHENTICATED', '缺少运维令牌');
    await ctx.lockout.assertOpen('operator', request.ip);
    if (!secretsEqual(token, ctx.adminToken)) {
      await ctx.lockout.recordFailure('operator', request.ip);
      throw new HubHttpError(401, 'BAD_ADMIN_TOKEN', '运维令牌无效');
    }
  };
}

const signedIn = new WeakMap<FastifyRequest, StaffAccount>();

/**
 * A person signed in at this workstation (the `x-staff-session` header), holding one of
 * `roles` when given. Runs after requireWorkstation: a session is good only at the
 * workstation it was opened at.
 */
export function requireStaff(ctx: HubContext, roles: readonly StaffRole[] = []): onRequestAsyncHookHandler {
  return async (request) => {
    const header = request.headers[STAFF_SESSION_HEADER];
    const session = typeof header === 'string' ? header : undefined;
    if (!session) throw new HubHttpError(401, 'NOT_SIGNED_IN', '请先登录（联网登录后才能使用交换平台上的大厅功能）');
    const account = await accountOfSession(ctx.db, session, workstationOf(request).id);
    if (!account) throw new HubHttpError(401, 'SESSION_EXPIRED', '登录已失效，请重新登录');
    if (roles.length > 0 && !roles.some((role) => account.roles.includes(role))) {
      throw new HubHttpError(403, 'FORBIDDEN', `只有${roleNames(roles)}可以进行此操作`);
    }
    signedIn.set(request, account);
  };
}

/** The person `requireStaff` authenticated for this request. */
export function staffOf(request: FastifyRequest): StaffAccount {
  const account = signedIn.get(request);
  if (!account) throw new Error('route is missing the requireStaff hook');
  return account;
}
