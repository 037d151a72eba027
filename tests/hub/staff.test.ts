/**
 * The people of a hall at the hub: the first administrator, accounts and roles, password
 * hashing, lockout, sessions bound to a workstation and a hall, and the person named in events.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SIGN_IN_LOCKOUT } from '../../shared/domain/case/staff';
import { hubErrorSchema } from '../../shared/sync/protocol';
import type { HubHandle } from '../../hub/start-hub';
import { verifyPassword } from '../../hub/staff/password-hash';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enroll,
  identityFor,
  newHall,
  nextEvent,
  push,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';
import { actorAs, bootstrapAdmin, createAccount, PASSWORD, signIn, staffCall } from './staff-fixtures';

const codeOf = (body: unknown) => hubErrorSchema.parse(body).error.code;

describeEachEngine('staff accounts and sign-in', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  it('lets a hall create its first administrator once, and keeps only a scrypt hash of the password', async () => {
    const hall = newHall('510104');
    const window = await enroll(hub, identityFor('51', hall));
    expect((await staffCall(hub, '/v1/staff/status', window)).body).toEqual({ hasAccounts: false });
    const first = await bootstrapAdmin(hub, window);
    expect(first.account).toMatchObject({ hallCode: hall.code, username: 'admin01', roles: ['clerk', 'admin'], active: true });
    expect((await staffCall(hub, '/v1/staff/status', window)).body).toEqual({ hasAccounts: true });

    const again = await staffCall(hub, '/v1/staff/bootstrap', window, {
      json: { username: 'other01', name: '吴其', roles: ['admin'], password: PASSWORD },
    });
    expect([again.status, codeOf(again.body)]).toEqual([409, 'HALL_HAS_ACCOUNTS']);

    const [row] = await hub.db.query<{ password_hash: string }>('SELECT password_hash FROM staff_accounts WHERE id = $1', [
      first.account.id,
    ]);
    expect(row?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row?.password_hash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, row?.password_hash ?? '')).toBe(true);
    expect(await verifyPassword('chuanyu2027', row?.password_hash ?? '')).toBe(false);
  });

  it('refuses a first account that is not an administrator, and weak passwords, in Chinese', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510104')));
    const clerkOnly = await staffCall(hub, '/v1/staff/bootstrap', window, {
      json: { username: 'clerk01', name: '李明', roles: ['clerk'], password: PASSWORD },
    });
    expect([clerkOnly.status, codeOf(clerkOnly.body)]).toEqual([400, 'ADMIN_REQUIRED']);
    const weak = await staffCall(hub, '/v1/staff/bootstrap', window, {
      json: { username: 'admin01', name: '李明', roles: ['admin'], password: '12345678' },
    });
    expect(weak.status).toBe(400);
    expect(hubErrorSchema.parse(weak.body).error.message).toContain('字母和数字');
  });

  it('gates account management by role: administrators create and change, supervisors list, clerks neither', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510105')));
    const admin = await bootstrapAdmin(hub, window);
    await createAccount(hub, window, admin.session, 'clerk01', '李明', ['clerk']);
    await createAccount(hub, window, admin.session, 'chief01', '王科长', ['supervisor']);
    const clerk = await signIn(hub, window, 'clerk01');
    const chief = await signIn(hub, window, 'chief01');

    expect((await staffCall(hub, '/v1/staff/accounts', window, { session: clerk.session })).status).toBe(403);
    const listed = await staffCall<{ accounts: { username: string }[] }>(hub, '/v1/staff/accounts', window, { session: chief.session });
    expect(listed.body.accounts.map((account) => account.username)).toEqual(['admin01', 'chief01', 'clerk01']);
    const byChief = await staffCall(hub, '/v1/staff/accounts', window, {
      session: chief.session,
      json: { username: 'x0001', name: '某某', roles: ['clerk'], password: PASSWORD },
    });
    expect([byChief.status, codeOf(byChief.body)]).toEqual([403, 'FORBIDDEN']);
    expect((await staffCall(hub, '/v1/staff/accounts', window)).status).toBe(401);
    const taken = await staffCall(hub, '/v1/staff/accounts', window, {
      session: admin.session,
      json: { username: 'clerk01', name: '重名', roles: ['clerk'], password: PASSWORD },
    });
    expect([taken.status, codeOf(taken.body)]).toEqual([409, 'USERNAME_TAKEN']);

    const promoted = await staffCall(hub, `/v1/staff/accounts/${clerk.account.id}`, window, {
      session: admin.session,
      json: { roles: ['clerk', 'handler'] },
    });
    expect(promoted.body).toMatchObject({ roles: ['clerk', 'handler'] });
    const selfDemote = await staffCall(hub, `/v1/staff/accounts/${admin.account.id}`, window, {
      session: admin.session,
      json: { roles: ['clerk'] },
    });
    expect([selfDemote.status, codeOf(selfDemote.body)]).toEqual([409, 'OWN_ADMIN_ROLE']);

    const audit = await staffCall<{ records: { action: string; personName: string | null }[] }>(hub, '/v1/staff/audit', window, {
      session: admin.session,
    });
    expect(audit.body.records.map((record) => record.action)).toEqual([
      'account.update',
      'account.create',
      'account.create',
      'account.create',
    ]);
    expect(audit.body.records[0]?.personName).toBe('周管理');
  });

  it(`locks an account after ${SIGN_IN_LOCKOUT.maxFailures} wrong passwords, even for the right one, until an administrator resets it`, async () => {
    const window = await enroll(hub, identityFor('51', newHall('510106')));
    const admin = await bootstrapAdmin(hub, window);
    const clerk = await createAccount(hub, window, admin.session, 'clerk02', '赵敏', ['clerk']);
    const attempt = (password: string) => staffCall(hub, '/v1/staff/sign-in', window, { json: { username: 'clerk02', password } });

    for (let left = SIGN_IN_LOCKOUT.maxFailures - 1; left >= 1; left -= 1) {
      const wrong = await attempt('wrong-password-1');
      expect([wrong.status, hubErrorSchema.parse(wrong.body).error.message]).toEqual([
        401,
        `登录名或密码不正确，再错${left}次账号将锁定${SIGN_IN_LOCKOUT.lockMinutes}分钟`,
      ]);
    }
    expect((await attempt('wrong-password-1')).status).toBe(423);
    const right = await attempt(PASSWORD);
    expect([right.status, codeOf(right.body)]).toEqual([423, 'ACCOUNT_LOCKED']);
    expect(hubErrorSchema.parse(right.body).error.message).toContain('已锁定至');

    await staffCall(hub, `/v1/staff/accounts/${clerk.id}`, window, { session: admin.session, json: { password: 'newpass2026' } });
    expect((await attempt('newpass2026')).status).toBe(200);
    // An unknown name says the same as a wrong password.
    const unknown = await staffCall(hub, '/v1/staff/sign-in', window, { json: { username: 'nobody', password: PASSWORD } });
    expect([unknown.status, hubErrorSchema.parse(unknown.body).error.message]).toEqual([401, '登录名或密码不正确']);
  });

  it('scopes accounts and sessions to the hall and the workstation they belong to', async () => {
    const hall = newHall('510107');
    const window = await enroll(hub, identityFor('51', hall));
    const sameHall = await enroll(hub, identityFor('51', hall));
    const otherHall = await enroll(hub, identityFor('51', newHall('510107')));
    const admin = await bootstrapAdmin(hub, window);

    expect((await staffCall(hub, '/v1/staff/sign-in', otherHall, { json: { username: 'admin01', password: PASSWORD } })).status).toBe(401);
    expect((await staffCall(hub, '/v1/staff/sign-in', sameHall, { json: { username: 'admin01', password: PASSWORD } })).status).toBe(200);
    const elsewhere = await staffCall(hub, '/v1/staff/accounts', sameHall, { session: admin.session });
    expect([elsewhere.status, codeOf(elsewhere.body)]).toEqual([401, 'SESSION_EXPIRED']);

    await staffCall(hub, '/v1/staff/sign-out', window, { session: admin.session, json: {} });
    expect((await staffCall(hub, '/v1/staff/accounts', window, { session: admin.session })).status).toBe(401);
  });

  it('signs a deactivated person out and refuses their sign-in', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510108')));
    const admin = await bootstrapAdmin(hub, window);
    const clerk = await createAccount(hub, window, admin.session, 'clerk03', '钱芳', ['clerk', 'supervisor']);
    const session = await signIn(hub, window, 'clerk03');
    await staffCall(hub, `/v1/staff/accounts/${clerk.id}`, window, { session: admin.session, json: { active: false } });
    expect((await staffCall(hub, '/v1/staff/accounts', window, { session: session.session })).status).toBe(401);
    const refused = await staffCall(hub, '/v1/staff/sign-in', window, { json: { username: 'clerk03', password: PASSWORD } });
    expect([refused.status, codeOf(refused.body)]).toEqual([403, 'ACCOUNT_DISABLED']);
  });

  it('accepts events naming a person of the hall, and 改派/督办 only from a supervisor', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510109')));
    const stranger = await enroll(hub, identityFor('51', newHall('510109')));
    const admin = await bootstrapAdmin(hub, window);
    await createAccount(hub, window, admin.session, 'chief02', '孙科长', ['supervisor']);
    const strangerAdmin = await bootstrapAdmin(hub, stranger);
    const chief = await signIn(hub, window, 'chief02');
    const routing = routingFor(window.identity, { province: '51', division: '510109' });

    const opened = await acceptedEvent(actorAs(window, admin), routing);
    expect((await push(hub, window.token, [opened])).body.results[0]?.status).toBe('applied');

    const forged = await acceptedEvent({ ...actorAs(window, strangerAdmin) }, routing);
    expect((await push(hub, window.token, [forged])).body.results[0]).toMatchObject({ status: 'rejected', code: 'UNKNOWN_PERSON' });
    const renamed = await acceptedEvent({ ...actorAs(window, admin), clerk: '冒名者' }, routing);
    expect((await push(hub, window.token, [renamed])).body.results[0]).toMatchObject({ status: 'rejected', code: 'UNKNOWN_PERSON' });

    const reassignment = { side: 'receiving' as const, toWindow: '5', reason: '原窗口人员外出' };
    const byAdmin = await nextEvent(opened, actorAs(window, admin), 'reassigned', reassignment);
    expect((await push(hub, window.token, [byAdmin])).body.results[0]).toMatchObject({ status: 'rejected', code: 'ROLE_REQUIRED' });
    const anonymous = await nextEvent(opened, window.actor, 'reassigned', reassignment);
    expect((await push(hub, window.token, [anonymous])).body.results[0]).toMatchObject({ status: 'rejected', code: 'PERSON_REQUIRED' });
    const byChief = await nextEvent(opened, actorAs(window, chief), 'reassigned', reassignment);
    expect((await push(hub, window.token, [byChief])).body.results[0]?.status).toBe('applied');
    const supervision = await nextEvent(byChief, actorAs(window, chief), 'supervisionIssued', {
      side: 'receiving',
      message: '请今日推送办理地',
      replyBy: '2026-12-31',
    });
    expect((await push(hub, window.token, [supervision])).body.results[0]?.status).toBe('applied');
    const answer = await nextEvent(supervision, actorAs(window, admin), 'supervisionAnswered', {
      supervisionId: supervision.id,
      side: 'receiving',
      answer: '已推送',
    });
    expect((await push(hub, window.token, [answer])).body.results[0]?.status).toBe('applied');

    const [stored] = await hub.db.query<{ state: { assignees: unknown; supervisions: { answer?: { text: string } }[] } }>(
      'SELECT state FROM case_routes WHERE case_id = $1',
      [opened.caseId],
    );
    expect(stored?.state.assignees).toMatchObject({ receiving: { window: '5', reason: '原窗口人员外出' } });
    expect(stored?.state.supervisions[0]?.answer?.text).toBe('已推送');
  });
});
