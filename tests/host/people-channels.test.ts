/**
 * People through the browser-mode host: the first administrator, accounts, sign-in at the
 * hub and offline against the cached verifier, the idle lock, 设置 only for administrators,
 * and the audit of a settings change reaching the hub.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDocumentSettings } from '../../shared/domain/document-settings';
import { createOfflineVerifiers } from '../../electron/handlers/people/offline-verifiers';
import { ADMIN, startSignedInHost, type SignedInHost } from './support/signed-in-host';

let root: string;
let host: SignedInHost;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'people-channels-'));
  host = await startSignedInHost(root);
});

afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

interface Session {
  account: { name: string; roles: string[] };
  mode: 'online' | 'offline';
  locked: boolean;
}

describe('people channels through the browser-mode host', () => {
  it('signs the first administrator in online and lets them create a clerk', async () => {
    const status = await host.call<{ session: Session; hallHasAccounts: boolean }>('people:status', {});
    expect(status.value).toMatchObject({
      hallHasAccounts: true,
      session: { account: { name: ADMIN.name }, mode: 'online', locked: false },
    });
    const created = await host.call('accounts:create', { username: 'clerk01', name: '李明', roles: ['clerk'], password: 'liming2026' });
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    const listed = await host.call<{ accounts: { username: string }[] }>('accounts:list', {});
    expect(listed.value?.accounts.map((account) => account.username)).toEqual(['admin01', 'clerk01']);
  });

  it('keeps 设置 for administrators: a clerk is refused, in Chinese, and the administrator’s change is audited at the hub', async () => {
    // The hall must name its real 行政机关 before 设置 saves.
    const documents = { ...defaultDocumentSettings('锦江区政务服务中心', '四川省成都市锦江区'), authorityName: '成都市锦江区行政审批局' };
    await host.call('people:signOut', {});
    const clerk = await host.call<Session>('people:signIn', { username: 'clerk01', password: 'liming2026' });
    expect(clerk.value).toMatchObject({ account: { name: '李明', roles: ['clerk'] }, mode: 'online' });
    const refused = await host.call('settings:saveDocuments', documents);
    expect(refused.error).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.error?.message).toContain('只有系统管理员可以修改设置');
    expect(
      (await host.call('settings:saveHolidayYear', { year: 2027, holidays: [], makeupWorkdays: [], source: 'x' })).error?.code,
    ).toMatch(/FORBIDDEN|BAD_INPUT/);
    expect(
      (await host.call('accounts:create', { username: 'x0001', name: '某某', roles: ['clerk'], password: 'abc12345' })).error?.code,
    ).toBe('FORBIDDEN');

    await host.call('people:signOut', {});
    await host.call('people:signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await host.call('settings:saveDocuments', documents)).ok).toBe(true);
    const rows = await host.hub.db.query<{ action: string; name: string }>(
      "SELECT a.action, s.name FROM staff_audit a JOIN staff_accounts s ON s.id = a.account_id WHERE a.action LIKE 'settings.%'",
    );
    expect(rows).toEqual([{ action: 'settings.documents', name: ADMIN.name }]);
  });

  it('locks the screen until the same person’s password is given', async () => {
    expect((await host.call<Session>('people:lock', {})).value?.locked).toBe(true);
    expect((await host.call<{ session: Session }>('people:status', {})).value?.session.locked).toBe(true);
    expect((await host.call('settings:savePrinter', { printer: 'PDF' })).error?.code).toBe('SCREEN_LOCKED');
    const wrong = await host.call('people:unlock', { password: 'not-the-password1' });
    expect(wrong.error?.message).toContain('密码不正确');
    expect((await host.call<Session>('people:unlock', { password: ADMIN.password })).value?.locked).toBe(false);
  });

  it('signs a person in offline when the hub is gone, only if they signed in online here before', async () => {
    await host.call('people:signOut', {});
    await host.hub.close();
    const offline = await host.call<Session>('people:signIn', { username: 'clerk01', password: 'liming2026' });
    expect(offline.value).toMatchObject({ account: { name: '李明' }, mode: 'offline' });
    const wrong = await host.call('people:signIn', { username: 'clerk01', password: 'wrong-password1' });
    expect(wrong.error?.message).toContain('离线登录');
    const hubOnly = await host.call('accounts:list', {});
    expect(hubOnly.error?.code).toBe('SIGN_IN_ONLINE');
    const stranger = await host.call('people:signIn', { username: 'nobody01', password: 'whatever123' });
    expect(stranger.error?.message).toBe('交换平台无法连接，且该人员未在本工作站联网登录过，不能离线登录');

    const verifiers = readFileSync(join(root, 'profile', 'people', 'offline-verifiers.json'), 'utf8');
    expect(verifiers).not.toContain('liming2026');
  });
});

describe('offline verifiers', () => {
  it('expire after the offline period and lock after repeated failures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verifiers-'));
    const verifiers = createOfflineVerifiers(dir);
    const account = {
      id: '01JD0000000000000000000ACC',
      hallCode: '51010401',
      username: 'clerk01',
      name: '李明',
      roles: ['clerk' as const],
      active: true,
    };
    const signedInAt = new Date('2026-12-01T01:00:00Z');
    await verifiers.remember(account, 'liming2026', signedInAt);
    expect(await verifiers.check('51010401', 'clerk01', 'liming2026', new Date('2026-12-07T01:00:00Z'))).toMatchObject({ kind: 'ok' });
    expect(await verifiers.check('51010401', 'clerk01', 'liming2026', new Date('2026-12-08T01:00:01Z'))).toMatchObject({ kind: 'expired' });
    expect(await verifiers.check('51010402', 'clerk01', 'liming2026', signedInAt)).toEqual({ kind: 'unknown' });
    for (let attempt = 1; attempt < 5; attempt += 1) {
      expect(await verifiers.check('51010401', 'clerk01', 'wrong', signedInAt)).toEqual({ kind: 'wrong', attemptsLeft: 5 - attempt });
    }
    expect(await verifiers.check('51010401', 'clerk01', 'wrong', signedInAt)).toMatchObject({ kind: 'locked' });
    expect(await verifiers.check('51010401', 'clerk01', 'liming2026', signedInAt)).toMatchObject({ kind: 'locked' });
    rmSync(dir, { recursive: true, force: true });
  });
});
