/**
 * Browser-mode host: the same bridge handlers Electron's main process registers, served
 * over HTTP on 127.0.0.1 for Chromium, tests and thin clients.
 *
 * Only this machine can connect (loopback), and only pages this host served can call the
 * bridge: every call needs the per-launch token, and the Host/Origin headers must name
 * this host (a DNS-rebinding page fails both). The token is in the app page only for the
 * browser that opened a launch address (launch-session.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatchBridgeCall, type BridgeHandlers, type BridgeResult } from '../../shared/bridge/contract';
import { RENDERER_CSP } from '../main/renderer-csp';
import { createLaunchSession, type LaunchSession } from './launch-session';
import type { LiveRenderer, LiveRendererFactory } from './live-renderer';
import { loadAppPage, sendAsset, withBridgeToken } from './static-files';

const MAX_BODY_BYTES = 12 * 1024 * 1024;

/** The same policy Electron serves: browser mode must be no looser. */
const ASSET_HEADERS = { 'content-security-policy': RENDERER_CSP, 'x-content-type-options': 'nosniff' };

export interface BrowserHost {
  /** The origin's root, e.g. http://127.0.0.1:47110/ (no access by itself). */
  url: string;
  token: string;
  /** An address to open the app with, carrying a fresh one-time launch code. */
  launchUrl(): string;
  close(): Promise<void>;
}

const NOT_LAUNCHED_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>川渝通办窗口工作站</title></head>
<body><p>请使用工作站启动时给出的地址打开（该地址只能使用一次）。如已失效，请重新启动工作站。</p></body></html>`;

function sendJson(response: ServerResponse, status: number, body: BridgeResult<unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function fail(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { ok: false, error: { code, message } });
}

/** A channel name or path from the URL, or null when its percent-encoding is malformed. */
function decodeChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserHost(options: {
  port: number;
  rendererDir: string;
  handlers: BridgeHandlers;
  /** Serve the renderer from its sources with hot reload (`npm run dev`) instead of rendererDir. */
  liveRenderer?: LiveRendererFactory;
}): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  let launch: LaunchSession | null = null;
  let live: LiveRenderer | null = null;

  async function handleBridge(request: IncomingMessage, response: ServerResponse, encodedChannel: string): Promise<void> {
    if (request.headers.authorization !== `Bearer ${token}`) {
      return fail(response, 401, 'BAD_TOKEN', '桥接令牌无效，请刷新页面');
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      return fail(response, 403, 'BAD_ORIGIN', '拒绝来自其他来源的调用');
    }
    const channel = decodeChannel(encodedChannel);
    if (channel === null) return fail(response, 400, 'BAD_CHANNEL', '调用名称不合法');
    const text = await readBody(request);
    if (text === null) return fail(response, 413, 'TOO_LARGE', '请求内容过大');
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return fail(response, 400, 'BAD_JSON', '请求内容不是有效的 JSON');
    }
    sendJson(response, 200, await dispatchBridgeCall(options.handlers, channel, input));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== new URL(origin).host) {
      response.writeHead(421).end('Misdirected request');
      return;
    }
    const requestUrl = new URL(request.url ?? '/', origin);
    const path = requestUrl.pathname;
    if (path.startsWith('/bridge/')) {
      if (request.method !== 'POST') return fail(response, 405, 'METHOD', '仅支持 POST');
      return handleBridge(request, response, path.slice('/bridge/'.length));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const code = requestUrl.searchParams.get('launch');
    if (code !== null) {
      const cookie = launch?.redeem(code);
      if (!cookie) return sendNotLaunched(response);
      // Off the address bar and history at once: the code is spent anyway.
      response.writeHead(303, { location: '/', 'set-cookie': cookie, 'cache-control': 'no-store' }).end();
      return;
    }
    // Client-side routes (no file extension) and HTML get the app page; the rest are assets.
    if (live && path.startsWith(live.base)) {
      response.setHeader('x-content-type-options', 'nosniff');
      return live.serve(request, response);
    }
    const isRoute = !/\.[a-z0-9]+$/i.test(path);
    // Pages carry the bridge token; scripts and styles hold nothing secret.
    const servesPage = isRoute || /\.html?$/i.test(decodeChannel(path) ?? path);
    if (!servesPage) return sendAsset(request, response, options.rendererDir, path, ASSET_HEADERS);
    if (!launch?.isSignedIn(request.headers.cookie)) return sendNotLaunched(response);
    const page = live ? await live.page(requestUrl.pathname) : await loadAppPage(options.rendererDir, token);
    if (page === null) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('界面文件缺失，请先运行 npm run build');
      return;
    }
    const html = live ? withBridgeToken(page, token) : page;
    const policy = live ? live.pagePolicy(html, origin) : RENDERER_CSP;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...ASSET_HEADERS,
      'content-security-policy': policy,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : html);
  }

  function sendNotLaunched(response: ServerResponse): void {
    response.writeHead(401, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': RENDERER_CSP,
    });
    response.end(NOT_LAUNCHED_PAGE);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // The details stay in the host's log: a caller learns nothing about the host's insides.
      console.error('browser host: request failed', error);
      if (!response.headersSent) fail(response, 500, 'INTERNAL', '主机内部错误，请查看工作站日志');
      else response.destroy();
    });
  });
  if (options.liveRenderer) live = await options.liveRenderer(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  const session = createLaunchSession(port);
  launch = session;
  return {
    url: `${origin}/`,
    token,
    launchUrl: () => `${origin}/?launch=${session.issueCode()}`,
    close: async () => {
      await live?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
