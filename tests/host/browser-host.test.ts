/** The browser-mode host's guard rails, over real HTTP on loopback. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeHandlers } from '../../shared/bridge/contract';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/host-server';

let host: BrowserHost;
let root: string;
let calls = 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'host-test-'));
  mkdirSync(join(root, 'assets', 'chunks.v1'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  writeFileSync(join(root, '.env'), 'TOKEN=1');
  const handlers = {
    'app:info': async () => {
      calls += 1;
      return { shell: 'browser', version: 'test', dataDir: root };
    },
  } as unknown as BridgeHandlers;
  host = await startBrowserHost({ port: 0, rendererDir: root, handlers });
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

/** Raw request, so tests can send the Host and Origin headers a browser would not. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(host.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const bridgeCall = (headers: Record<string, string>) =>
  send('/bridge/app:info', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('browser-mode host', () => {
  it('gives a plain GET / (any other local process) no token, only a note in Chinese', async () => {
    for (const path of ['/', '/index.html', '/cases/123', '/INDEX.HTML', '/index%2Ehtml']) {
      const response = await send(path);
      expect(response.status, path).toBe(401);
      expect(response.body).not.toContain(host.token);
      expect(response.body).toContain('请使用工作站启动时给出的地址打开');
    }
    // Scripts and styles hold nothing secret and load as before.
    expect((await send('/assets/app.js')).status).toBe(200);
  });

  it('trades a launch code, once, for an HttpOnly SameSite=Strict session that opens the app shell', async () => {
    const launch = new URL(host.launchUrl());
    const redeemed = await send(`${launch.pathname}${launch.search}`);
    expect(redeemed.status).toBe(303);
    expect(redeemed.headers.location).toBe('/');
    const [setCookie] = redeemed.headers['set-cookie'] as string[];
    expect(setCookie).toMatch(/^chuanyu_session_\d+=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
    const cookie = setCookie!.split(';')[0]!;

    const page = await send('/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="chuanyu-bridge-token" content="${host.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('/cases/123', { headers: { cookie: `other=1; ${cookie}` } })).status).toBe(200);

    // Spent: the same code again, a made-up code or a forged cookie get nothing.
    expect((await send(`${launch.pathname}${launch.search}`)).status).toBe(401);
    expect((await send('/?launch=guess')).status).toBe(401);
    expect((await send('/', { headers: { cookie: `${cookie.split('=')[0]}=forged` } })).status).toBe(401);
  });

  it('answers a bridge call that carries the token', async () => {
    const before = calls;
    const response = await bridgeCall({ authorization: `Bearer ${host.token}`, origin: new URL(host.url).origin });
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { shell: 'browser', version: 'test', dataDir: root } });
    expect(calls).toBe(before + 1);
  });

  it('refuses calls without the token, from another origin, or for another host name', async () => {
    const before = calls;
    expect((await bridgeCall({})).status).toBe(401);
    expect((await bridgeCall({ authorization: `Bearer ${host.token}`, origin: 'http://evil.example' })).status).toBe(403);
    expect((await bridgeCall({ authorization: `Bearer ${host.token}`, host: 'evil.example' })).status).toBe(421);
    expect(calls).toBe(before);
  });

  it('never serves files outside the renderer directory', async () => {
    const traversal = await send('/..%2fsecret.txt');
    expect(traversal.body).not.toContain('secret');
    expect((await send('/assets/missing.js')).status).toBe(404);
    expect((await send('/assets/app.js')).body).toBe('console.log(1)');
    // A directory that looks like a file: no listing and no redirect.
    expect((await send('/assets/chunks.v1')).status).toBe(404);
    for (const path of ['/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/.env', '/assets/app.js%00.png']) {
      const response = await send(path);
      expect([403, 404], path).toContain(response.status);
      expect(response.body, path).not.toMatch(/secret|TOKEN=/);
    }
  });

  it('serves assets with their type and the same CSP as Electron', async () => {
    const asset = await send('/assets/app.js');
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['content-security-policy']).toContain("script-src 'self'");
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/assets/app.js', { method: 'HEAD' })).body).toBe('');
  });

  it('lets a new tab keep the hashed build files without asking again, but not the others', async () => {
    expect((await send('/assets/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send('/logo.svg')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers a malformed channel name with a 4xx and no internals, with or without the token', async () => {
    const anonymous = await send('/bridge/%E0%A4%A', { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);
    const withToken = await send('/bridge/%E0%A4%A', { method: 'POST', headers: { authorization: `Bearer ${host.token}` }, body: '{}' });
    expect(withToken.status).toBe(400);
    expect(JSON.parse(withToken.body)).toEqual({ ok: false, error: { code: 'BAD_CHANNEL', message: '调用名称不合法' } });
    for (const response of [anonymous, withToken]) expect(response.body).not.toMatch(/URIError|malformed|at \w+ \(/);
  });

  it('rejects malformed JSON with a Chinese message', async () => {
    const response = await send('/bridge/app:info', { method: 'POST', headers: { authorization: `Bearer ${host.token}` }, body: '{' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { message: '请求内容不是有效的 JSON' } });
  });
});
