/**
 * Who is signed in at this workstation, and the people channels (shared/bridge/people-channels.ts).
 *
 * Sign-in asks the hub first; when the hub is out of reach it falls back to the verifier this
 * workstation cached at the person's last online sign-in (offline-verifiers.ts), within its
 * expiry. The session lives in the host's memory: a page reload keeps it, a restart of the
 * host signs everyone out. A shift change is a sign-out and another person's sign-in; drafts
 * belong to the person (the renderer keys them by account), so nothing typed is lost.
 */
import { BridgeError, type BridgeHandlers } from '../../../shared/bridge/contract';
import type { peopleChannels, SessionView } from '../../../shared/bridge/people-channels';
import {
  canAdminister,
  roleNames,
  SIGN_IN_LOCKOUT,
  STAFF_ROLE_LABELS,
  type StaffAccount,
  type StaffRole,
} from '../../../shared/domain/case/staff';
import {
  accountListSchema,
  auditListSchema,
  signInResponseSchema,
  staffStatusSchema,
  type AuditRecord,
} from '../../../shared/sync/staff-protocol';
import { staffAccountSchema } from '../../../shared/domain/case/staff';
import { formatChinaDateTime } from '../../../shared/util/china-time';
import type { OfflineVerifiers } from './offline-verifiers';
import type { StaffHubCall } from './staff-hub-client';
import type { AuditOutbox } from './audit-outbox';

export type WithStaffHub = <T>(call: (hub: StaffHubCall, token: string) => Promise<T>) => Promise<T>;

interface Session {
  account: StaffAccount;
  mode: 'online' | 'offline';
  signedInAt: string;
  locked: boolean;
  /** The hub's session token (online sign-ins only): person-scoped hub calls carry it. */
  hubSession: string | null;
}

export interface PeopleService {
  handlers: Pick<BridgeHandlers, keyof typeof peopleChannels>;
  /** The signed-in person, who must hold `role` to `action` (Chinese, e.g. "修改设置"). */
  requireRole(role: StaffRole, action: string): StaffAccount;
  /** Person-scoped hub calls: the person must have signed in online. */
  withPersonHub<T>(call: (hub: StaffHubCall, token: string, session: string) => Promise<T>): Promise<T>;
  /** Records a change the signed-in person made here (at the hub, or queued until it is reachable). */
  audit(action: AuditRecord['action'], detail: Record<string, unknown>): Promise<void>;
}

export function createPeopleService(options: {
  withStaffHub: WithStaffHub;
  verifiers: OfflineVerifiers;
  auditOutbox: AuditOutbox;
  hallCode: () => string | null;
}): PeopleService {
  const { withStaffHub, verifiers, auditOutbox } = options;
  let session: Session | null = null;

  const view = (current: Session): SessionView => ({
    account: current.account,
    mode: current.mode,
    signedInAt: current.signedInAt,
    locked: current.locked,
  });
  const requireSession = (): Session => {
    if (!session) throw new BridgeError('NOT_SIGNED_IN', '请先登录');
    return session;
  };
  const hall = (): string => {
    const code = options.hallCode();
    if (!code) throw new BridgeError('NOT_SET_UP', '请先完成工作站设置');
    return code;
  };

  function start(account: StaffAccount, mode: Session['mode'], hubSession: string | null): SessionView {
    session = { account, mode, signedInAt: new Date().toISOString(), locked: false, hubSession };
    void flushAudit();
    return view(session);
  }

  async function signInOnline(username: string, password: string): Promise<SessionView> {
    const signedIn = await withStaffHub((hub, token) =>
      hub('/v1/staff/sign-in', signInResponseSchema, { token, body: { username, password } }),
    );
    await verifiers.remember(signedIn.account, password);
    return start(signedIn.account, 'online', signedIn.session);
  }

  async function signInOffline(username: string, password: string): Promise<SessionView> {
    const checked = await verifiers.check(hall(), username, password);
    switch (checked.kind) {
      case 'ok':
        return start(checked.account, 'offline', null);
      case 'unknown':
        throw new BridgeError('OFFLINE_UNKNOWN', '交换平台无法连接，且该人员未在本工作站联网登录过，不能离线登录');
      case 'expired':
        throw new BridgeError(
          'OFFLINE_EXPIRED',
          `交换平台无法连接，该人员在本工作站的离线登录已于 ${formatChinaDateTime(checked.since)} 过期，请联网后登录`,
        );
      case 'locked':
        throw new BridgeError(
          'ACCOUNT_LOCKED',
          `连续${SIGN_IN_LOCKOUT.maxFailures}次密码错误，本工作站已锁定该账号至 ${formatChinaDateTime(checked.until)}`,
        );
      case 'wrong':
        throw new BridgeError(
          'BAD_CREDENTIALS',
          `登录名或密码不正确（离线登录），再错${checked.attemptsLeft}次账号将锁定${SIGN_IN_LOCKOUT.lockMinutes}分钟`,
        );
    }
  }

  async function flushAudit(): Promise<void> {
    await auditOutbox
      .flush((record) => withStaffHub((hub, token) => hub('/v1/staff/audit', null, { token, body: record })))
      .catch(() => undefined);
  }

  async function withPersonHub<T>(call: (hub: StaffHubCall, token: string, hubSession: string) => Promise<T>): Promise<T> {
    const current = requireSession();
    if (!current.hubSession)
      throw new BridgeError('SIGN_IN_ONLINE', '您是离线登录的：交换平台上的大厅功能需要联网登录，请退出后在联网时重新登录');
    const hubSession = current.hubSession;
    return withStaffHub((hub, token) => call(hub, token, hubSession));
  }

  function requireRole(role: StaffRole, action: string): StaffAccount {
    const current = requireSession();
    if (current.locked) throw new BridgeError('SCREEN_LOCKED', '屏幕已锁定，请先解锁');
    if (!current.account.roles.includes(role))
      throw new BridgeError(
        'FORBIDDEN',
        `只有${STAFF_ROLE_LABELS[role]}可以${action}（当前登录：${current.account.name}，${roleNames(current.account.roles)}）`,
      );
    return current.account;
  }

  return {
    requireRole,
    withPersonHub,
    async audit(action, detail) {
      const account = requireSession().account;
      await auditOutbox.add({ accountId: account.id, action, detail, at: new Date().toISOString() });
      await flushAudit();
    },
    handlers: {
      'people:status': async () => {
        const code = options.hallCode();
        const hallHasAccounts = code
          ? await withStaffHub((hub, token) => hub('/v1/staff/status', staffStatusSchema, { token })).then(
              (status) => status.hasAccounts,
              () => null,
            )
          : null;
        if (hallHasAccounts !== null) void flushAudit();
        return { session: session && view(session), hallHasAccounts, knownPeople: code ? await verifiers.known(code) : [] };
      },
      'people:bootstrap': async (account) => {
        if (!canAdminister(account.roles)) throw new BridgeError('ADMIN_REQUIRED', '大厅的第一个账号须担任系统管理员');
        const signedIn = await withStaffHub((hub, token) => hub('/v1/staff/bootstrap', signInResponseSchema, { token, body: account }));
        await verifiers.remember(signedIn.account, account.password);
        return start(signedIn.account, 'online', signedIn.session);
      },
      'people:signIn': async ({ username, password }) => {
        try {
          return await signInOnline(username, password);
        } catch (error) {
          if (error instanceof BridgeError && error.code === 'ACCOUNT_DISABLED') await verifiers.forget(hall(), username);
          // Only an unreachable hub lets the offline verifier decide; the hub's "no" stands.
          if (!(error instanceof BridgeError) || (error.code !== 'HUB_UNREACHABLE' && error.code !== 'NOT_ENROLLED')) throw error;
          return signInOffline(username, password);
        }
      },
      'people:signOut': async () => {
        const ending = session;
        session = null;
        if (ending?.hubSession) {
          const hubSession = ending.hubSession;
          await withStaffHub((hub, token) => hub('/v1/staff/sign-out', null, { token, session: hubSession, body: {} })).catch(
            () => undefined,
          );
        }
        return { signedOut: ending !== null };
      },
      'people:lock': async () => {
        const current = requireSession();
        current.locked = true;
        return view(current);
      },
      'people:unlock': async ({ password }) => {
        const current = requireSession();
        const checked = await verifiers.check(current.account.hallCode, current.account.username, password);
        if (checked.kind === 'locked') {
          session = null;
          throw new BridgeError(
            'ACCOUNT_LOCKED',
            `连续${SIGN_IN_LOCKOUT.maxFailures}次密码错误，已退出登录，账号锁定至 ${formatChinaDateTime(checked.until)}`,
          );
        }
        if (checked.kind !== 'ok')
          throw new BridgeError(
            'BAD_CREDENTIALS',
            checked.kind === 'wrong' ? `密码不正确，再错${checked.attemptsLeft}次将退出登录并锁定账号` : '无法验证密码，请退出后重新登录',
          );
        current.locked = false;
        return view(current);
      },
      'accounts:list': () =>
        withPersonHub((hub, token, hubSession) => hub('/v1/staff/accounts', accountListSchema, { token, session: hubSession })),
      'accounts:create': (account) => {
        requireRole('admin', '创建账号');
        return withPersonHub((hub, token, hubSession) =>
          hub('/v1/staff/accounts', staffAccountSchema, { token, session: hubSession, body: account }),
        );
      },
      'accounts:update': ({ id, update }) => {
        requireRole('admin', '修改账号');
        return withPersonHub((hub, token, hubSession) =>
          hub(`/v1/staff/accounts/${id}`, staffAccountSchema, { token, session: hubSession, body: update }),
        );
      },
      'accounts:audit': () =>
        withPersonHub((hub, token, hubSession) => hub('/v1/staff/audit', auditListSchema, { token, session: hubSession })),
    },
  };
}
