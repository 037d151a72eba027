/**
 * `npm run dev`'s wiring: the workstation host serving the renderer live from Vite keeps the
 * host's guard rails (launch cookie, bridge token, Origin) and serves the transformed page
 * and modules from its own origin.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeHandlers } from '../../shared/bridge/contract';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/host-server';
import { viteLiveRenderer } from '../../electron/launch/vite-live-renderer';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let host: BrowserHost;
let cookie = '';

beforeAll(async () => {
  const handlers = { 'app:info': async () => ({ shell: 'browser', version: 'dev', dataDir: repoRoot }) } as unknown as BridgeHandlers;
  host = await startBrowserHost({
    port: 0,
    rendererDir: '/nonexistent-built-renderer',
    handlers,
    liveRenderer: viteLiveRenderer(repoRoot),
  });
  const launch = await fetch(host.launchUrl(), { redirect: 'manual' });
  cookie = (launch.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});

afterAll(async () => {
  await host.close();
});

const origin = () => new URL(host.url).origin;
const bridgeCall = (headers: Record<string, string>) =>
  fetch(new URL('/bridge/app:info', host.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('the dev renderer inside the workstation host', () => {
  it('serves the live page, with the bridge token and the hot-reload client, only to the launched browser', async () => {
    const stranger = await fetch(host.url);
    expect(stranger.status).toBe(401);
    expect(await stranger.text()).not.toContain(host.token);

    const page = await fetch(host.url, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<meta name="chuanyu-bridge-token" content="${host.token}">`);
    expect(html).toContain('/@dev/@vite/client');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).toContain(`connect-src 'self' ${origin().replace('http', 'ws')}`);
  });

  it('serves the renderer sources as modules from its own origin', async () => {
    const entry = await fetch(new URL('/@dev/main.tsx', host.url));
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toContain('javascript');
    expect(await entry.text()).toContain('createRoot');
    const client = await fetch(new URL('/@dev/@vite/client', host.url));
    expect(client.status).toBe(200);
  });

  it('still answers the bridge only with the token and from its own origin', async () => {
    expect((await bridgeCall({ authorization: 'Bearer wrong', origin: origin() })).status).toBe(401);
    expect((await bridgeCall({ authorization: `Bearer ${host.token}`, origin: 'http://evil.example' })).status).toBe(403);
    const answer = await bridgeCall({ authorization: `Bearer ${host.token}`, origin: origin() });
    expect(await answer.json()).toMatchObject({ ok: true, value: { shell: 'browser', version: 'dev' } });
  });
});
