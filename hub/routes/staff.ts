/**
 * The people of the workstation's hall (contract: shared/sync/staff-protocol.ts): the first
 * account, sign-in and sign-out, accounts managed by the hall's 系统管理员, and the audit of
 * what was changed. Every route needs the workstation's token; the hall is the workstation's.
 */
import type { FastifyInstance } from 'fastify';
import { canAdminister, SIGN_IN_LOCKOUT } from '../../shared/domain/case/staff';
import {
  accountListSchema,
  accountPathSchema,
  accountUpdateSchema,
  auditRecordSchema,
  newAccountSchema,
  signInRequestSchema,
  STAFF_SESSION_HEADER,
  type SignInResponse,
} from '../../shared/sync/staff-protocol';
import { requireStaff, requireWorkstation, staffOf, workstationOf } from '../http/auth';
import { rateLimitedAs } from '../http/credential-rate-limits';
import { HubHttpError, parseInput } from '../http/errors';
import type { HubContext } from '../http/hub-context';
import { createAccount, findAccount, hallHasAccounts, listAccounts, updateAccount, UsernameTakenError } from '../staff/accounts';
import { listAudit, writeAudit } from '../staff/audit';
import { signIn, signOut } from '../staff/sign-in';
import { formatChinaDateTime } from '../../shared/util/china-time';

export function registerStaffRoutes(app: FastifyInstance, ctx: HubContext): void {
  const workstation = { onRequest: requireWorkstation(ctx) };
  const admin = { onRequest: [requireWorkstation(ctx), requireStaff(ctx, ['admin'])] };
  const manager = { onRequest: [requireWorkstation(ctx), requireStaff(ctx, ['admin', 'supervisor'])] };

  app.get('/v1/staff/status', workstation, async (request) => ({
    hasAccounts: await hallHasAccounts(ctx.db, workstationOf(request).hallCode),
  }));

  app.post('/v1/staff/bootstrap', workstation, async (request, reply): Promise<SignInResponse> => {
    const ws = workstationOf(request);
    const account = parseInput(newAccountSchema, request.body);
    if (!canAdminister(account.roles)) throw new HubHttpError(400, 'ADMIN_REQUIRED', '大厅的第一个账号须担任系统管理员');
    // Two first accounts at once: the unique username index stops a double submit, and the
    // check below keeps a second hall administrator from appearing this way.
    if (await hallHasAccounts(ctx.db, ws.hallCode)) {
      throw new HubHttpError(409, 'HALL_HAS_ACCOUNTS', '本大厅已有账号：请用已有账号登录，新账号由系统管理员创建');
    }
    await createAccount(ctx.db, { province: ws.province, hallCode: ws.hallCode }, account, { accountId: null, workstationId: ws.id }).catch(
      rethrowTaken,
    );
    reply.code(201);
    return signInOrThrow(ctx, ws, account.username, account.password);
  });

  app.post(
    '/v1/staff/sign-in',
    { ...workstation, ...rateLimitedAs(ctx.rateLimits, 'sign-in') },
    async (request): Promise<SignInResponse> => {
      const { username, password } = parseInput(signInRequestSchema, request.body);
      // Besides each account's own lockout: one address trying many usernames is locked too.
      await ctx.lockout.assertOpen('sign-in', request.ip);
      try {
        return await signInOrThrow(ctx, workstationOf(request), username, password);
      } catch (error) {
        if (error instanceof HubHttpError && error.code === 'BAD_CREDENTIALS') await ctx.lockout.recordFailure('sign-in', request.ip);
        throw error;
      }
    },
  );

  app.post('/v1/staff/sign-out', workstation, async (request, reply) => {
    const session = request.headers[STAFF_SESSION_HEADER];
    if (typeof session === 'string') await signOut(ctx.db, session);
    return reply.code(204).send();
  });

  app.get('/v1/staff/accounts', manager, async (request) =>
    accountListSchema.parse({ accounts: await listAccounts(ctx.db, workstationOf(request).hallCode) }),
  );

  app.post('/v1/staff/accounts', admin, async (request, reply) => {
    const ws = workstationOf(request);
    const account = parseInput(newAccountSchema, request.body);
    const created = await createAccount(ctx.db, { province: ws.province, hallCode: ws.hallCode }, account, {
      accountId: staffOf(request).id,
      workstationId: ws.id,
    }).catch(rethrowTaken);
    reply.code(201);
    return created;
  });

  app.post('/v1/staff/accounts/:id', admin, async (request) => {
    const ws = workstationOf(request);
    const { id } = parseInput(accountPathSchema, request.params);
    const update = parseInput(accountUpdateSchema, request.body);
    const me = staffOf(request);
    // The last administrator cannot lock the hall out of its own settings.
    if (id === me.id && (update.active === false || (update.roles && !canAdminister(update.roles)))) {
      throw new HubHttpError(409, 'OWN_ADMIN_ROLE', '不能停用自己的账号或取消自己的系统管理员角色，请由另一位系统管理员操作');
    }
    const updated = await updateAccount(ctx.db, ws.hallCode, id, update, { accountId: me.id, workstationId: ws.id });
    if (!updated) throw new HubHttpError(404, 'NO_SUCH_ACCOUNT', '本大厅没有该账号');
    return updated;
  });

  app.post('/v1/staff/audit', workstation, async (request, reply) => {
    const ws = workstationOf(request);
    const record = parseInput(auditRecordSchema, request.body);
    if (!(await findAccount(ctx.db, ws.hallCode, record.accountId)))
      throw new HubHttpError(403, 'NO_SUCH_ACCOUNT', '记录中的人员不是本大厅的账号');
    await writeAudit(ctx.db, {
      hallCode: ws.hallCode,
      action: record.action,
      accountId: record.accountId,
      workstationId: ws.id,
      detail: record.detail,
      at: record.at,
    });
    return reply.code(204).send();
  });

  app.get('/v1/staff/audit', admin, async (request) => ({ records: await listAudit(ctx.db, workstationOf(request).hallCode) }));
}

async function signInOrThrow(
  ctx: HubContext,
  ws: { id: string; hallCode: string },
  username: string,
  password: string,
): Promise<SignInResponse> {
  const outcome = await signIn(ctx.db, ws, username, password);
  switch (outcome.kind) {
    case 'signedIn':
      return { account: outcome.account, session: outcome.session, expiresAt: outcome.expiresAt };
    case 'locked':
      throw new HubHttpError(
        423,
        'ACCOUNT_LOCKED',
        `连续${SIGN_IN_LOCKOUT.maxFailures}次密码错误，账号已锁定至 ${formatChinaDateTime(outcome.until)}，请稍后再试或请系统管理员重置密码`,
      );
    case 'disabled':
      throw new HubHttpError(403, 'ACCOUNT_DISABLED', '该账号已停用，请联系系统管理员');
    case 'badCredentials':
      throw new HubHttpError(
        401,
        'BAD_CREDENTIALS',
        outcome.attemptsLeft === null
          ? '登录名或密码不正确'
          : `登录名或密码不正确，再错${outcome.attemptsLeft}次账号将锁定${SIGN_IN_LOCKOUT.lockMinutes}分钟`,
      );
  }
}

function rethrowTaken(error: unknown): never {
  if (error instanceof UsernameTakenError) throw new HubHttpError(409, 'USERNAME_TAKEN', `登录名 ${error.username} 已被本大厅其他账号使用`);
  throw error;
}
