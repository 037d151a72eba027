/**
 * The supervisor's hall channels through the browser-mode host: they reach the hub with the
 * signed-in person's session, so a clerk is refused and a 值班长 gets the hall's view; the
 * window's open 督办 need no supervisor.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSignedInHost, type SignedInHost } from './support/signed-in-host';

let root: string;
let host: SignedInHost;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hall-channels-'));
  host = await startSignedInHost(root);
  const created = await host.call('accounts:create', {
    username: 'lead01',
    name: '王值班',
    roles: ['supervisor'],
    password: 'wangzhiban26',
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
});

afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('hall channels through the browser-mode host', () => {
  it('refuses the hall view to a person who is not a supervisor, in Chinese', async () => {
    const refused = await host.call('hall:cases', { side: 'all', view: 'all' });
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(/值班长|科长|监管/);
  });

  it('answers a supervisor with the hall’s cases, warnings, workload, dashboard and follow-ups', async () => {
    await host.call('people:signOut', {});
    const signedIn = await host.call('people:signIn', { username: 'lead01', password: 'wangzhiban26' });
    expect(signedIn.ok, JSON.stringify(signedIn.error)).toBe(true);
    expect((await host.call('hall:cases', { side: 'all', view: 'open' })).value).toEqual({ rows: [], total: 0, nextCursor: null });
    const warnings = await host.call<{ today: string; receiving: { overdue: unknown[] } }>('hall:warnings', {});
    expect(warnings.value?.receiving.overdue).toEqual([]);
    expect(warnings.value?.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await host.call('hall:workload', {})).value).toEqual({ rows: [] });
    const dashboard = await host.call<{ totals: { opened: number } }>('hall:dashboard', {
      from: '2026-01-01',
      to: '2026-12-31',
      granularity: 'month',
    });
    expect(dashboard.value?.totals.opened).toBe(0);
    expect((await host.call('hall:followUps', {})).value).toEqual({ rows: [] });
  });

  it('rejects a malformed query at the host before it reaches the hub', async () => {
    const rejected = await host.call('hall:dashboard', { from: '去年', to: '2026-12-31' });
    expect(rejected.ok).toBe(false);
    expect(rejected.error?.code).toBe('BAD_INPUT');
  });

  it('gives the window its open 督办 without a supervisor', async () => {
    expect((await host.call('hall:mySupervisions', {})).value).toEqual({ supervisions: [] });
  });
});
