/**
 * The hall's workstations through the browser-mode host: the 系统管理员 issues a 注册票据 for a
 * window, a new workstation without the province's code enrolls with it from the setup
 * wizard's channel, and the administrator lists, revokes and re-keys it, each on record.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHost } from '../../electron/browser-host/host-server';
import { startWorkstationHost } from '../../electron/browser-host/workstation-host';
import { IDENTITY, startSignedInHost, type BridgeAnswer, type SignedInHost } from './support/signed-in-host';

interface Issued {
  ticket: string;
  window: number;
  expiresAt: string;
}
interface Listed {
  workstations: { id: string; window: number; active: boolean; tokenRevoked: boolean; hasKey: boolean }[];
}

let root: string;
let admin: SignedInHost;
let newcomer: BrowserHost;

const callHost = async <T>(host: BrowserHost, channel: string, input: unknown): Promise<BridgeAnswer<T>> => {
  const response = await fetch(new URL(`/bridge/${channel}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, origin: new URL(host.url).origin },
    body: JSON.stringify(input),
  });
  return (await response.json()) as BridgeAnswer<T>;
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'workstation-admin-'));
  admin = await startSignedInHost(join(root, 'admin'));
  mkdirSync(join(root, 'renderer'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  // A PC of a real deployment: it holds no enrollment code, only what a person gives it.
  newcomer = await startWorkstationHost({
    profileDir: join(root, 'newcomer'),
    port: 0,
    rendererDir: join(root, 'renderer'),
    hubUrls: { '50': admin.hub.url, '51': admin.hub.url },
    enrollmentCodes: {},
  });
});

afterAll(async () => {
  await newcomer?.close();
  await admin?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('workstation channels through the browser-mode host', () => {
  let issued: Issued;
  let newcomerId: string;

  it('issues a one-time ticket for a window, good for a day', async () => {
    const answer = await admin.call<Issued>('workstations:issueTicket', { window: '4' });
    expect(answer.ok, JSON.stringify(answer.error)).toBe(true);
    issued = answer.value as Issued;
    expect(issued.ticket).toMatch(/^[2-9A-HJKMNP-Z]{16}$/);
    expect(issued.window).toBe(4);
    const hoursLeft = (Date.parse(issued.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23);
    expect(hoursLeft).toBeLessThanOrEqual(24);
  });

  it('tells the setup wizard that this host needs a ticket, and the other one does not', async () => {
    expect((await callHost<{ enrollment: string }>(newcomer, 'app:info', {})).value?.enrollment).toBe('ticket');
    expect((await admin.call<{ enrollment: string }>('app:info', {})).value?.enrollment).toBe('code');
  });

  it('refuses a wrong ticket and keeps the wizard’s settings unsaved', async () => {
    const refused = await callHost(newcomer, 'settings:saveIdentity', { ...IDENTITY, window: '4', ticket: 'ABCD-EFGH-JKMN-PQRS' });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('TICKET_UNKNOWN');
    const settings = await callHost<{ identity: unknown; enrolled: boolean }>(newcomer, 'settings:get', {});
    expect(settings.value).toMatchObject({ identity: null, enrolled: false });
  });

  it('refuses a ticket issued for another window', async () => {
    const refused = await callHost(newcomer, 'settings:saveIdentity', { ...IDENTITY, window: '5', ticket: issued.ticket });
    expect(refused.error?.code).toBe('TICKET_OTHER_WINDOW');
  });

  it('enrolls the new workstation with the ticket, typed in lower case with groups', async () => {
    const typed = issued.ticket.toLowerCase().replace(/(.{4})(?!$)/g, '$1-');
    const saved = await callHost<{ enrolled: boolean; workstationId: string }>(newcomer, 'settings:saveIdentity', {
      ...IDENTITY,
      window: '4',
      ticket: typed,
    });
    expect(saved.ok, JSON.stringify(saved.error)).toBe(true);
    expect(saved.value?.enrolled).toBe(true);
    newcomerId = saved.value?.workstationId ?? '';
    const again = await callHost(newcomer, 'settings:saveIdentity', { ...IDENTITY, window: '4', ticket: issued.ticket });
    expect(again.ok).toBe(false);
  });

  it('lists the hall’s workstations with their windows', async () => {
    const listed = await admin.call<Listed>('workstations:list', {});
    expect(listed.ok, JSON.stringify(listed.error)).toBe(true);
    const windows = listed.value?.workstations.map((row) => row.window).sort();
    expect(windows).toEqual([3, 4]);
    expect(listed.value?.workstations.find((row) => row.id === newcomerId)).toMatchObject({
      active: true,
      tokenRevoked: false,
      hasKey: true,
    });
  });

  it('wants a reason before revoking, and checks it at the host', async () => {
    const rejected = await admin.call('workstations:revoke', { id: newcomerId, reason: '' });
    expect(rejected.error).toMatchObject({ code: 'BAD_INPUT', message: '请填写原因' });
  });

  it('revokes the token and resets the key, and the record says who and why', async () => {
    expect((await admin.call('workstations:revoke', { id: newcomerId, reason: '电脑送修' })).ok).toBe(true);
    const listed = await admin.call<Listed>('workstations:list', {});
    expect(listed.value?.workstations.find((row) => row.id === newcomerId)?.tokenRevoked).toBe(true);
    // The revoked workstation's hub calls are refused; renewal is refused too.
    expect((await callHost(newcomer, 'hall:mySupervisions', {})).ok).toBe(false);

    expect((await admin.call('workstations:resetKey', { id: newcomerId, reason: '硬盘损坏，更换电脑' })).ok).toBe(true);
    const actions = await admin.call<{ actions: { workstationId: string; action: string; actor: string; reason: string }[] }>(
      'workstations:actions',
      {},
    );
    const mine = actions.value?.actions.filter((row) => row.workstationId === newcomerId).map((row) => [row.action, row.reason]);
    expect(mine).toEqual(
      expect.arrayContaining([
        ['revoke-token', '电脑送修'],
        ['reset-key', '硬盘损坏，更换电脑'],
      ]),
    );
    expect(actions.value?.actions.some((row) => row.action === 'issue-ticket' && row.actor.includes('周管理'))).toBe(true);
  });

  it('refuses the workstation screen to a clerk, in Chinese', async () => {
    const created = await admin.call('accounts:create', {
      username: 'clerk07',
      name: '李窗口',
      roles: ['clerk'],
      password: 'lichuangkou26',
    });
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    await admin.call('people:signOut', {});
    expect((await admin.call('people:signIn', { username: 'clerk07', password: 'lichuangkou26' })).ok).toBe(true);
    const refused = await admin.call('workstations:issueTicket', { window: '6' });
    expect(refused.error?.code).toBe('FORBIDDEN');
    expect(refused.error?.message).toMatch(/系统管理员/);
  });
});
