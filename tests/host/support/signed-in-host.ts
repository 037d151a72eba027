/**
 * A browser-mode workstation host whose 设置 an administrator may change: a real hub
 * (PGlite), the host enrolled at it, the hall's first administrator created and signed in.
 * Restarting the host keeps the profile and signs the administrator in again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserHost } from '../../../electron/browser-host/host-server';
import { startWorkstationHost } from '../../../electron/browser-host/workstation-host';
import type { PrintBackend } from '../../../electron/handlers/print-backend';
import type { HubHandle } from '../../../hub/start-hub';
import { createTestDatabase, ENROLLMENT_CODE, startTestHub, type TestDatabase } from '../../hub/fixtures';
import { sameCodeForBoth } from '../../../shared/sync/enrollment-codes';

export const ADMIN = { username: 'admin01', name: '周管理', password: 'chuanyu2026', roles: ['admin', 'clerk'] };
export const IDENTITY = {
  province: '51',
  hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '' },
  window: '3',
};

export interface BridgeAnswer<T = Record<string, unknown>> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

export interface SignedInHost {
  hub: HubHandle;
  call<T = Record<string, unknown>>(channel: string, input: unknown): Promise<BridgeAnswer<T>>;
  /** Stops and starts the host on the same profile, and signs the administrator in again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** `printing`: the host's print backend, where a test needs printers this machine lacks. */
export async function startSignedInHost(root: string, options: { printing?: PrintBackend } = {}): Promise<SignedInHost> {
  mkdirSync(join(root, 'renderer'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  const database: TestDatabase = await createTestDatabase('pglite');
  const hub = await startTestHub('51', database.config);
  const start = () =>
    startWorkstationHost({
      profileDir: join(root, 'profile'),
      port: 0,
      rendererDir: join(root, 'renderer'),
      hubUrls: { '50': hub.url, '51': hub.url },
      enrollmentCodes: sameCodeForBoth(ENROLLMENT_CODE),
      ...options,
    });
  let host: BrowserHost = await start();
  const call = async <T>(channel: string, input: unknown): Promise<BridgeAnswer<T>> => {
    const response = await fetch(new URL(`/bridge/${channel}`, host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, origin: new URL(host.url).origin },
      body: JSON.stringify(input),
    });
    return (await response.json()) as BridgeAnswer<T>;
  };
  const expectOk = async (channel: string, input: unknown) => {
    const answer = await call(channel, input);
    if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  };
  await expectOk('settings:saveIdentity', IDENTITY);
  await expectOk('people:bootstrap', ADMIN);
  return {
    hub,
    call,
    async restart() {
      await host.close();
      host = await start();
      await expectOk('people:signIn', { username: ADMIN.username, password: ADMIN.password });
    },
    async close() {
      await host.close();
      await hub.close();
      await database.drop();
    },
  };
}
